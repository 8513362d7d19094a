using Safeground.Core.Reference;
using Safeground.Core.Text;

namespace Safeground.Core.Ordnance;

/// <summary>
/// A programme's ordnance models, looked up the way people write them: "PMN2", "pmn-2", "ПМН-2" and "PMN 2" are one
/// model (case, hyphens, spaces and dots do not count, Cyrillic is read in Latin). A name that is none of them gets the
/// close ones by edit distance, as a region does (<see cref="RegionNames"/>).
/// </summary>
public sealed class OrdnanceCatalogue
{
    private readonly Dictionary<string, OrdnanceModel> byKey = new(StringComparer.Ordinal);

    /// <summary>A catalogue of <paramref name="models"/>; a name or alias two models share is an Invalid error naming both.</summary>
    public OrdnanceCatalogue(IEnumerable<OrdnanceModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        Models = [.. models.OrderBy(m => m.Name, StringComparer.Ordinal)];
        foreach (var model in Models)
            foreach (var name in model.Names)
            {
                var key = Key(name);
                if (key.Length == 0) throw SafegroundException.Invalid(Texts.Render("ordnance.error.name-empty", ("model", model.Name)));
                if (byKey.TryGetValue(key, out var other) && !ReferenceEquals(other, model))
                    throw SafegroundException.Conflict(Texts.Render("ordnance.error.name-taken", ("name", name), ("model", other.Name)));
                byKey[key] = model;
            }
    }

    /// <summary>The catalogue <paramref name="store"/> holds (a new store holds the seeded one).</summary>
    public static OrdnanceCatalogue Of(Storage.IReferenceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(store.OrdnanceModels());
    }

    /// <summary>The model <paramref name="name"/> names, or a NotFound error with the close names.</summary>
    public OrdnanceModel Resolve(string name, string location)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Find(name) is { } model) return model;
        var close = Suggest(name);
        throw SafegroundException.NotFound(close.Count == 0
            ? Texts.Render("ordnance.error.not-found", ("name", name), ("store", location))
            : Texts.Render("ordnance.error.not-found.suggest", ("name", name), ("store", location), ("names", Texts.Join(close.Select(m => m.Name)))));
    }

    /// <summary>The seeded catalogue (<see cref="OrdnanceSeed"/>): what a programme starts with.</summary>
    public static OrdnanceCatalogue Seed => Seeded.Value;

    // Lazy: a static initialiser here would run before the transliteration table below is set.
    private static readonly Lazy<OrdnanceCatalogue> Seeded = new(() => new(OrdnanceSeed.Models));

    /// <summary>Every model, retired ones too, ordered by name.</summary>
    public IReadOnlyList<OrdnanceModel> Models { get; }

    /// <summary>The models still offered (not retired).</summary>
    public IEnumerable<OrdnanceModel> Active => Models.Where(m => !m.Retired);

    /// <summary>
    /// The model <paramref name="text"/> names (by its name or an alias), or null. A trailing note in brackets that is
    /// not part of a known name is the field's, not the model's ("82mm mortar bomb (abandoned)").
    /// </summary>
    public OrdnanceModel? Find(string? text)
    {
        if (text is null) return null;
        if (byKey.TryGetValue(Key(text), out var model)) return model;
        int open = text.LastIndexOf('(');
        return open > 0 && text.TrimEnd().EndsWith(')') && byKey.TryGetValue(Key(text[..open]), out model) ? model : null;
    }

    /// <summary>The models whose name or an alias is close to <paramref name="text"/>, closest first (at most <paramref name="count"/>).</summary>
    public IReadOnlyList<OrdnanceModel> Suggest(string text, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = Key(text);
        if (typed.Length == 0) return [];
        return byKey
            .Select(e => (e.Value, Distance: RegionNames.Distance(e.Key, typed), e.Key))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(c.Key.Length, typed.Length) / 3)
                || (typed.Length >= 3 && c.Key.StartsWith(typed, StringComparison.Ordinal)))
            .GroupBy(c => c.Value)
            .Select(g => (Model: g.Key, Distance: g.Min(c => c.Distance), Prefix: g.Max(c => CommonPrefix(c.Key, typed))))
            // Equally close: the one that starts as typed first (PMN-3 means PMN before PMA-3).
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Prefix).ThenBy(c => c.Model.Name, StringComparer.Ordinal)
            .Take(count).Select(c => c.Model).ToList();
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    /// <summary>The models a search box finds: a name or alias containing <paramref name="query"/>, then close ones; all when empty.</summary>
    public IReadOnlyList<OrdnanceModel> Search(string? query)
    {
        var typed = Key(query ?? "");
        if (typed.Length == 0) return Models;
        var containing = Models.Where(m => m.Names.Any(n => Key(n).Contains(typed, StringComparison.Ordinal))).ToList();
        return [.. containing, .. Suggest(typed, 10).Except(containing)];
    }

    /// <summary>
    /// The key a name is matched by: letters and digits only, lower case, Cyrillic transliterated (Russian reading, with
    /// Ukrainian і ї є ґ), so the Latin and Cyrillic spellings of a Soviet model meet.
    /// </summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var b = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = char.ToLowerInvariant(ch);
            int i = Cyrillic.IndexOf(c, StringComparison.Ordinal);
            if (i >= 0) b.Append(Latin[i]);
            else if (char.IsLetterOrDigit(c)) b.Append(c);
        }
        return b.ToString();
    }

    private const string Cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";

    private static readonly string[] Latin =
    [
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g",
    ];
}
