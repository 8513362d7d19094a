using System.Globalization;

namespace Safeground.Core.Text;

/// <summary>
/// The languages Safeground speaks, and how a reader's wish (a POSIX locale from LANG, an Accept-Language tag, a
/// --lang value) becomes the UI culture that <see cref="Texts"/> picks words and formats figures by. Only the UI
/// culture follows the reader: the CLI and the server keep <see cref="CultureInfo.CurrentCulture"/> invariant, so
/// no file, JSON or SQL a program writes depends on who asked.
/// </summary>
public static class Languages
{
    /// <summary>The eight languages of the field (issue 16), English first: the source every other falls back to.</summary>
    public static readonly IReadOnlyList<string> Supported = ["en", "uk", "ru", "ar", "fr", "es", "pt", "bs"];

    /// <summary>
    /// The pseudo-language: English with every message marked ⟦…⟧ and its letters accented, so a test sees at once
    /// a sentence that bypassed the resources (no marks) or was glued from pieces (marks side by side).
    /// </summary>
    public const string Pseudo = "qps";

    /// <summary>
    /// The culture for <paramref name="wish"/>: "uk_UA.UTF-8", "uk-UA", "uk", "pt_AO@euro", "qps"; null when it names
    /// no language Safeground speaks (also "C" and "POSIX", which mean "no preference").
    /// </summary>
    public static CultureInfo? Find(string? wish)
    {
        if (string.IsNullOrWhiteSpace(wish)) return null;
        var tag = wish.Trim().Split('.', '@')[0].Replace('_', '-');
        var language = tag.Split('-')[0].ToLowerInvariant();
        if (language == Pseudo) return Culture("qps-ploc") ?? CultureInfo.InvariantCulture;
        if (!Supported.Contains(language)) return null;
        // The region when ICU knows it (pt-AO writes figures as Angola does), else the language alone. Only known
        // names: ICU makes a culture for any tag ("uk-ZZ123") and .NET caches each for good, so a stream of made-up
        // Accept-Language headers would grow the server's memory without end.
        return Known.Value.TryGetValue(tag, out var known) ? Culture(known) : Culture(language);
    }

    /// <summary>True when <paramref name="culture"/> reads the pseudo-language.</summary>
    public static bool IsPseudo(CultureInfo culture) =>
        culture.Name.StartsWith(Pseudo, StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<Dictionary<string, string>> Known = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Where(c => Supported.Contains(c.TwoLetterISOLanguageName))
        // bs-Latn-BA and, for a locale that leaves the script out, bs-BA (which ICU reads as its usual script)
        .SelectMany(c => new[] { c.Name, $"{c.TwoLetterISOLanguageName}-{new RegionInfo(c.Name).TwoLetterISORegionName}" })
        .ToHashSet(StringComparer.OrdinalIgnoreCase)
        .ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase));

    private static CultureInfo? Culture(string name)
    {
        try { return CultureInfo.GetCultureInfo(name); }
        catch (CultureNotFoundException) { return null; }
    }
}
