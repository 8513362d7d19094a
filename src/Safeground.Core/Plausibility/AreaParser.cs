using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Safeground.Core.Text;

namespace Safeground.Core.Plausibility;

/// <summary>
/// Reads an area the way news reports and officials write it: "150 ha", "1.5 km²", "1,500,000 m²",
/// "370 acres", "2 sq mi", "25 football fields". Case and spaces do not matter; commas separate thousands.
/// </summary>
public static partial class AreaParser
{
    /// <summary>American football field with end zones (DOMAIN.md: 5,351 m²; 4,459 m² without).</summary>
    public const double AmericanFootballFieldM2 = 5_351;

    /// <summary>Football (soccer) pitch of FIFA's recommended 105 × 68 m.</summary>
    public const double FootballPitchM2 = 105 * 68;

    private const double AcreM2 = 4_046.8564224;            // international acre
    private const double SquareMileM2 = 2_589_988.110336;   // international mile squared

    private sealed record UnitDef(string Name, double M2, string? Note, string[] Spellings);

    private static readonly UnitDef[] Units =
    [
        new("m²", 1, null, ["m2", "m^2", "sqm", "sqmetre", "sqmetres", "sqmeter", "sqmeters", "squaremetre", "squaremetres", "squaremeter", "squaremeters", "metressquared", "meterssquared"]),
        new("ha", 10_000, null, ["ha", "hectare", "hectares"]),
        new("km²", 1_000_000, null, ["km2", "km^2", "sqkm", "squarekilometre", "squarekilometres", "squarekilometer", "squarekilometers"]),
        new("acres", AcreM2, null, ["acre", "acres", "ac"]),
        new("sq mi", SquareMileM2, null, ["sqmi", "mi2", "mi^2", "squaremile", "squaremiles", "sqmile", "sqmiles"]),
        new("American football fields", AmericanFootballFieldM2,
            "area.unit.american-football-field.note",
            ["footballfield", "footballfields", "americanfootballfield", "americanfootballfields"]),
        new("football pitches", FootballPitchM2,
            "area.unit.football-pitch.note",
            ["footballpitch", "footballpitches", "soccerpitch", "soccerpitches", "soccerfield", "soccerfields"]),
    ];

    /// <summary>The units understood, for messages and help.</summary>
    public static string KnownUnits => Texts.Render("area.known-units");

    public static ParsedArea Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw Refuse(text, Texts.Render("area.none"));
        if (trimmed[0] == '-' || trimmed[0] == '−')
            throw Refuse(text, Texts.Render("area.negative"));
        var m = NumberThenUnit().Match(trimmed);
        if (!m.Success) throw Refuse(text, Texts.Render("area.no-number", ("units", KnownUnits)));
        double amount = ParseNumber(text, m.Groups["number"].Value);
        var unitText = m.Groups["unit"].Value;
        var key = Key(unitText);
        if (key.Length == 0) throw Refuse(text, Texts.Render("area.no-unit", ("units", KnownUnits)));
        foreach (var u in Units)
            if (Array.IndexOf(u.Spellings, key) >= 0)
                return new ParsedArea(text, amount, u.Name, u.M2, u.Note is null ? null : Texts.Render(u.Note));
        throw Refuse(text, Texts.Render("area.unknown-unit", ("unit", unitText.Trim()), ("units", KnownUnits)));
    }

    // "1,500,000", "1 500 000", "1500000.5", ".5": digits with optional thousands separators, then an optional decimal part.
    [GeneratedRegex(@"^(?<number>\d[\d,\u00A0\u202F ]*(\.\d+)?|\.\d+)\s*(?<unit>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NumberThenUnit();

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
        var plain = string.Concat(groups) + (dot < 0 ? "" : n[dot..]);
        if (!double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
            throw Refuse(text, Texts.Render("area.not-a-number", ("number", n)));
        return value;
    }

    // Case, spaces, dots ("sq. m") and the superscript two do not matter.
    private static string Key(string unit)
    {
        var sb = new StringBuilder(unit.Length);
        foreach (var c in unit.ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c) || c == '.') continue;
            sb.Append(c == '²' ? '2' : c);
        }
        return sb.ToString();
    }

    private static SafegroundException Refuse(string text, string why) => SafegroundException.Invalid(Texts.Render("area.refused", ("text", text), ("why", why)));
}
