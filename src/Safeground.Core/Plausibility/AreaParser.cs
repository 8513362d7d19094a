using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Safeground.Core.Text;

namespace Safeground.Core.Plausibility;

/// <summary>
/// Reads an area the way news reports and officials write it: "150 ha", "1.5 km²", "1,500,000 m²",
/// "370 acres", "2 sq mi", "25 football fields", and the same in the languages of issue 16 ("12 гектарів",
/// "80 terrains de football", "٨٠ ملعب كرة قدم"; the words are in area-units.json). Case and spaces do not matter;
/// with an English unit commas separate thousands, with a unit written only in a decimal-comma language the comma
/// is the decimal separator (see <see cref="ParseDecimalComma"/>).
/// </summary>
public static partial class AreaParser
{
    /// <summary>American football field with end zones (DOMAIN.md: 5,351 m²; 4,459 m² without).</summary>
    public const double AmericanFootballFieldM2 = 5_351;

    /// <summary>Football (soccer) pitch of FIFA's recommended 105 × 68 m.</summary>
    public const double FootballPitchM2 = 105 * 68;

    private const double AcreM2 = 4_046.8564224;            // international acre
    private const double SquareMileM2 = 2_589_988.110336;   // international mile squared

    private sealed record UnitDef(string Name, double M2, string? Note);

    // The units by their id in area-units.json, which holds how each language spells them.
    private static readonly Dictionary<string, UnitDef> Units = new(StringComparer.Ordinal)
    {
        ["m2"] = new("m²", 1, null),
        ["ha"] = new("ha", 10_000, null),
        ["km2"] = new("km²", 1_000_000, null),
        ["acre"] = new("acres", AcreM2, null),
        ["sq-mi"] = new("sq mi", SquareMileM2, null),
        ["american-football-field"] = new("American football fields", AmericanFootballFieldM2, "area.unit.american-football-field.note"),
        ["football-pitch"] = new("football pitches", FootballPitchM2, "area.unit.football-pitch.note"),
    };

    /// <summary>The units understood, for messages and help.</summary>
    public static string KnownUnits => Texts.Render("area.known-units");

    public static ParsedArea Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = WesternDigits(text).Trim();
        if (trimmed.Length == 0) throw Refuse(text, Texts.Render("area.none"));
        if (trimmed[0] == '-' || trimmed[0] == '−')
            throw Refuse(text, Texts.Render("area.negative"));
        var m = NumberThenUnit().Match(trimmed);
        if (!m.Success) throw Refuse(text, Texts.Render("area.no-number", ("units", KnownUnits)));
        var unitText = m.Groups["unit"].Value;
        // The unit's language decides how the number is written: "1,5 га" is one and a half, "1,500 ha" fifteen hundred.
        var unit = AreaUnitSpellings.Find(unitText);
        var number = m.Groups["number"].Value;
        double amount = unit is { DecimalComma: true } ? ParseDecimalComma(text, number) : ParseNumber(text, number);
        if (AreaUnitSpellings.Key(unitText).Length == 0) throw Refuse(text, Texts.Render("area.no-unit", ("units", KnownUnits)));
        if (unit is null) throw Refuse(text, Texts.Render("area.unknown-unit", ("unit", unitText.Trim()), ("units", KnownUnits)));
        var u = Units[unit.UnitId];
        return new ParsedArea(text, amount, u.Name, u.M2, u.Note is null ? null : Texts.Render(u.Note));
    }

    // "1,500,000", "1 500 000", "1500000.5", ".5", "1.500,5": digits with separators, read by ParseNumber or ParseDecimalComma.
    [GeneratedRegex(@"^(?<number>\d[\d,.\u00A0\u202F ]*|\.\d+)\s*(?<unit>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NumberThenUnit();

    // Arabic-Indic digits (٠–٩, and the Persian forms ۰–۹) and the Arabic decimal and thousands separators (٫ ٬)
    // read as their Western counterparts; the Arabic unit words keep a decimal point.
    private static string WesternDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u066B' => '.',
                '\u066C' => ',',
                _ => c,
            });
        return sb.ToString();
    }

    private static double ParseNumber(string text, string number)
    {
        // The number group may have swallowed a trailing space before the unit.
        var n = number.TrimEnd(' ', '\u00A0', '\u202F');
        var dot = n.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? n : n[..dot];
        var groups = integer.Split([',', ' ', '\u00A0', '\u202F']);
        // Thousands separators only between groups of three: "1,5 ha" is a decimal comma, which we refuse rather than read as 15.
        for (int i = 1; i < groups.Length; i++)
            if (groups[i].Length != 3)
                throw Refuse(text, Texts.Render("area.number-format", ("number", n)));
        return Value(text, n, string.Concat(groups) + (dot < 0 ? "" : n[dot..]));
    }

    /// <summary>
    /// A number in a language that writes "1,5" for one and a half (uk, ru, fr, es, pt, bs): spaces group thousands;
    /// one comma is the decimal separator, and dots before it group thousands ("1.500,5"); with no comma, two or more
    /// dots group thousands ("1.500.000") and a single dot is a decimal point ("1.5", as people also type). One
    /// separator followed by exactly three digits ("1,500", "1.500") is refused: it is 1.5 to some readers and
    /// 1500 to others, and a factor of a thousand is too much to guess.
    /// </summary>
    private static double ParseDecimalComma(string text, string number)
    {
        var n = number.TrimEnd(' ', '\u00A0', '\u202F');
        int commas = n.Count(c => c == ','), dots = n.Count(c => c == '.');
        int comma = n.IndexOf(',', StringComparison.Ordinal), dot = n.IndexOf('.', StringComparison.Ordinal);
        int decimalAt = commas == 1 ? comma : commas == 0 && dots == 1 ? dot : -1;
        bool dotsGroup = commas == 1 || dots >= 2;
        if (commas > 1 || (commas == 1 && n.LastIndexOf('.') > comma))
            throw Refuse(text, Texts.Render("area.number-format-decimal-comma", ("number", n)));
        var integer = decimalAt < 0 ? n : n[..decimalAt];
        var fraction = decimalAt < 0 ? "" : n[(decimalAt + 1)..];
        if (decimalAt >= 0 && fraction.Length == 3 && !(commas == 1 && dots > 0))
            throw Refuse(text, Texts.Render("area.number-ambiguous", ("number", n)));
        var groups = dotsGroup ? integer.Split(['.', ' ', '\u00A0', '\u202F']) : integer.Split([' ', '\u00A0', '\u202F']);
        for (int i = 1; i < groups.Length; i++)
            if (groups[i].Length != 3)
                throw Refuse(text, Texts.Render("area.number-format-decimal-comma", ("number", n)));
        return Value(text, n, string.Concat(groups) + (decimalAt < 0 ? "" : "." + fraction));
    }

    private static double Value(string text, string n, string plain)
    {
        if (!double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
            throw Refuse(text, Texts.Render("area.not-a-number", ("number", n)));
        return value;
    }

    private static SafegroundException Refuse(string text, string why) => SafegroundException.Invalid(Texts.Render("area.refused", ("text", text), ("why", why)));
}
