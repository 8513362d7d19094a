using Safeground.Core.Projections;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// What a report does to one hazard: its state without the report and with it. <see cref="Before"/> is null
/// for the survey that creates the hazard; <see cref="After"/> is null when the hazard cannot exist with it.
/// </summary>
public sealed record HazardChange(string HazardId, HazardState? Before, HazardState? After)
{
    /// <summary>The release events the report makes on this hazard (what it cancels, reduces or clears).</summary>
    public IEnumerable<ReleaseEvent> ReleasesBy(string reportId) =>
        After?.Releases.Where(r => r.ReportId == reportId) ?? [];
}
