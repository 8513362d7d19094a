using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Checks;

/// <summary>
/// What the checks need of one hazard once its projection has been read: the polygons, dates and depth.
/// Held for every hazard during a check (about 2 KB each: 110,000 hazards take a few hundred MB),
/// instead of the whole <see cref="HazardState"/> with its release polygons.
/// </summary>
internal sealed record HazardFacts(
    string HazardId,
    HazardStatus Status,
    NtsGeometry Original,
    NtsGeometry? Remaining,
    double OriginalM2,
    double RemainingM2,
    int? ClearanceDepthCm,
    DateOnly CreatedOn)
{
    public bool IsClosed => Status == HazardStatus.Closed;

    public static HazardFacts Of(HazardState h) => new(
        h.HazardId, h.Status, h.Original,
        h.Status == HazardStatus.Closed || h.Remaining.IsEmpty ? null : h.Remaining,
        h.OriginalM2, h.RemainingM2, h.ClearanceDepthCm, h.CreatedOn);
}
