using Safeground.Core.Hazards;

namespace Safeground.Core.Import;

/// <summary>
/// The words other systems write for a land-release method: IMSMA's "Cancelled"/"Reduced"/"Cleared" (land release
/// type), the activity that released the land (NTS, TS, clearance, completion, BAC) and Safeground's own words.
/// </summary>
public static class ReleaseWords
{
    private static readonly Dictionary<string, ReleaseMethod> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cancelled"] = ReleaseMethod.Cancelled, ["canceled"] = ReleaseMethod.Cancelled, ["cancel"] = ReleaseMethod.Cancelled,
        ["cancellation"] = ReleaseMethod.Cancelled, ["cancellation report"] = ReleaseMethod.Cancelled, ["nts"] = ReleaseMethod.Cancelled,
        ["non technical survey"] = ReleaseMethod.Cancelled, ["land cancelled"] = ReleaseMethod.Cancelled,
        ["reduced"] = ReleaseMethod.Reduced, ["reduce"] = ReleaseMethod.Reduced, ["reduction"] = ReleaseMethod.Reduced,
        ["ts"] = ReleaseMethod.Reduced, ["technical survey"] = ReleaseMethod.Reduced, ["land reduced"] = ReleaseMethod.Reduced,
        ["cleared"] = ReleaseMethod.Cleared, ["clear"] = ReleaseMethod.Cleared, ["clearance"] = ReleaseMethod.Cleared,
        ["completion"] = ReleaseMethod.Cleared, ["completed"] = ReleaseMethod.Cleared, ["completion report"] = ReleaseMethod.Cleared,
        ["bac"] = ReleaseMethod.Cleared, ["battle area clearance"] = ReleaseMethod.Cleared, ["land cleared"] = ReleaseMethod.Cleared,
    };

    /// <summary>The method <paramref name="text"/> names (case, '_' and '-' ignored), or null.</summary>
    public static ReleaseMethod? Method(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = string.Join(' ', text.Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Known.TryGetValue(words, out var m) ? m : null;
    }

    /// <summary>The words accepted, for the user guide and error messages.</summary>
    public static IEnumerable<string> All => Known.Keys;
}
