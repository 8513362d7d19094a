using Safeground.Core.Text;

namespace Safeground.Core.Reference;

/// <summary>
/// Finds a stored region by the name a user typed. Names are matched case-insensitively, as
/// <c>status --region</c> matches them (or without diacritics, when that leaves one); a name that matches none is an error that lists the close
/// matches (a typo, a missing diacritic) or else the names there are, so the user can retype it.
/// </summary>
public static class RegionNames
{
    /// <summary>How many names an error lists before it says how many more there are.</summary>
    private const int Listed = 12;

    /// <summary>The region named <paramref name="name"/>, or a NotFound error naming the store and the choices.</summary>
    public static Region Resolve(IReadOnlyList<Region> regions, string name, string location)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (regions.Count == 0)
            throw SafegroundException.NotFound(Texts.Render("error.reference.region-holds-no-region-boundaries", ("name", name), ("location", location)));
        var exact = regions.FirstOrDefault(r => string.Equals(r.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        // Typed without its diacritics ("Brcko District"): the one region it can only mean.
        var folded = regions.Where(r => Fold(r.Name) == Fold(name)).ToList();
        if (folded.Count == 1) return folded[0];
        throw NotIn(regions.Select(r => r.Name).ToList(), name, location);
    }

    /// <summary>A NotFound error: no region <paramref name="name"/> among <paramref name="names"/>, with the close matches or else the names there are.</summary>
    public static SafegroundException NotIn(IReadOnlyCollection<string> names, string name, string location)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(name);
        var close = names
            .Where(n => IsClose(Fold(n), Fold(name)))
            .OrderBy(n => Distance(Fold(n), Fold(name))).ThenBy(n => n, StringComparer.Ordinal)
            .ToList();
        var sorted = names.OrderBy(n => n, StringComparer.Ordinal).ToList();
        string choices = close.Count > 0
            ? Texts.Render("error.reference.did-you-mean", ("names", string.Join(", ", close.Take(Listed).Select(n => $"'{n}'"))))
            : sorted.Count > Listed
                ? Texts.Render("error.reference.regions-are.more", ("names", string.Join(", ", sorted.Take(Listed).Select(n => $"'{n}'"))), ("more", sorted.Count - Listed))
                : Texts.Render("error.reference.regions-are", ("names", string.Join(", ", sorted.Select(n => $"'{n}'"))));
        return SafegroundException.NotFound(Texts.Render("error.reference.region-not", ("name", name), ("location", location), ("choices", choices)));
    }

    // Case and diacritics do not make a different place: "brcko" is Brčko. A table, not Unicode
    // decomposition: the product runs with invariant globalization, where String.Normalize does not decompose.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static string Fold(string s) =>
        new(s.Trim().ToLowerInvariant().Select(c => Accented.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? Plain[i] : c).ToArray());

    // A part of the name ("Srpska"), or a few letters wrong for its length.
    private static bool IsClose(string candidate, string typed) =>
        candidate.Contains(typed, StringComparison.Ordinal) || typed.Contains(candidate, StringComparison.Ordinal)
        || Distance(candidate, typed) <= Math.Max(1, Math.Min(candidate.Length, typed.Length) / 4);

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
