using Safeground.Core.Projections;

namespace Safeground.Core.Rollups;

/// <summary>
/// Told, while a roll-up streams, what it counts: the hazards whose remaining area it counts and the releases it
/// counts. A product that draws the figures (a map of a month's work) then draws exactly what they sum, in the same pass.
/// </summary>
public interface IRollupWatcher
{
    /// <summary>A hazard the roll-up counts, as it stood at the period's end.</summary>
    void Hazard(HazardState hazard);

    /// <summary>A release of <paramref name="hazard"/> that the roll-up counts.</summary>
    void Release(HazardState hazard, ReleaseEvent release);
}
