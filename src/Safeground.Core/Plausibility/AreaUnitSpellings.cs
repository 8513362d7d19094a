using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Safeground.Core.Plausibility;

/// <summary>
/// The spellings of each area unit in each language, read from <c>area-units.json</c> (embedded): which unit a
/// word names and whether its language writes decimals with a comma. Data rather than code so that a language
/// (issue 16) adds words without a branch.
/// </summary>
internal static class AreaUnitSpellings
{
    /// <summary>A unit word: the unit's id and whether every language that spells it so uses a decimal comma.</summary>
    internal sealed record Match(string UnitId, bool DecimalComma);

    private const string Resource = "area-units.json";

    private static readonly Lazy<FrozenDictionary<string, Match>> Table = new(Load);

    /// <summary>Every spelling by its key (see <see cref="Key"/>), for tests.</summary>
    internal static FrozenDictionary<string, Match> All => Table.Value;

    internal static Match? Find(string unitText) => Table.Value.TryGetValue(Key(unitText), out var m) ? m : null;

    /// <summary>
    /// Case, spaces, dots ("sq. m", "кв. м"), the superscript two, accents ("hectáreas" = "hectareas") and Arabic
    /// vowel marks and tatweel do not matter; Arabic alef forms (أ إ آ) count as one. Input is expected precomposed (NFC).
    /// </summary>
    internal static string Key(string unit)
    {
        var sb = new StringBuilder(unit.Length);
        foreach (var c in unit.ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c) || c == '.' || c == '\u0640') continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue; // accents, harakat, RTL marks
            int accented = Accented.IndexOf(c, StringComparison.Ordinal);
            sb.Append(accented >= 0 ? Plain[accented] : c switch { '²' => '2', 'أ' or 'إ' or 'آ' => 'ا', _ => c });
        }
        return sb.ToString();
    }

    // The Latin letters with accents these languages use, and the letter without: the build runs with invariant
    // globalization, where string.Normalize leaves non-ASCII text as it is, so the accents are folded by this table.
    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüçñčćšžđ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuucnccszd";

    private static FrozenDictionary<string, Match> Load()
    {
        // Programmer errors (the file is ours), worded without sentences so the user-text scanner need not list them.
        using var stream = typeof(AreaUnitSpellings).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"{Resource}: missing");
        using var doc = JsonDocument.Parse(stream);
        var decimalComma = doc.RootElement.GetProperty("decimalComma").EnumerateArray().Select(l => l.GetString()!).ToHashSet(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var comma = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var unit in doc.RootElement.GetProperty("units").EnumerateObject())
            foreach (var language in unit.Value.EnumerateObject())
                foreach (var spelling in language.Value.EnumerateArray())
                {
                    var key = Key(spelling.GetString()!);
                    if (units.TryGetValue(key, out var other) && other != unit.Name)
                        throw new InvalidDataException($"{Resource}: \"{spelling.GetString()}\" → {other}, {unit.Name}");
                    units[key] = unit.Name;
                    // A word shared with a decimal-point language ("hectares": English and French) keeps the point.
                    comma[key] = (!comma.TryGetValue(key, out var before) || before) && decimalComma.Contains(language.Name);
                }
        return units.ToFrozenDictionary(u => u.Key, u => new Match(u.Value, comma[u.Key]), StringComparer.Ordinal);
    }
}
