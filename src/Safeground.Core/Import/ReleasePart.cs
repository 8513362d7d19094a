namespace Safeground.Core.Import;

/// <summary>
/// The part of one release feature inside one hazard, and the report that carries it.
/// </summary>
/// <param name="InsideM2">The feature clipped to the hazard's perimeter (what the report claims).</param>
/// <param name="ReleasedM2">What the replay released of it: less than claimed where land was already released before.</param>
/// <param name="Outcome">Applied, held back or already imported.</param>
/// <param name="Reason">Why it was held back.</param>
public sealed record ReleasePart(string HazardId, string ReportId, double InsideM2, double ReleasedM2, ReleaseOutcome Outcome, string? Reason = null);
