namespace Safeground.Core.Reference;

/// <summary>The known ids a mistyped one probably meant: a few letters wrong for its length, case aside.</summary>
internal static class CloseIds
{
    public static List<string> Of(IEnumerable<string> known, string id) => known
        .Select(k => (Id: k, Distance: RegionNames.Distance(k.ToUpperInvariant(), id.ToUpperInvariant())))
        .Where(k => k.Distance <= Math.Max(1, id.Length / 4))
        .OrderBy(k => k.Distance).ThenBy(k => k.Id, StringComparer.Ordinal)
        .Take(3).Select(k => $"'{k.Id}'").ToList();
}
