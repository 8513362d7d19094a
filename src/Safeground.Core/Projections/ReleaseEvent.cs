using Safeground.Core.Hazards;

namespace Safeground.Core.Projections;

/// <summary>
/// Land one report actually released from one hazard: the part of what it claimed that was still
/// hazardous at that date, so releases never count the same square metre twice.
/// </summary>
public sealed record ReleaseEvent(
    string HazardId,
    string ReportId,
    ReleaseMethod Method,
    DateOnly Date,
    NetTopologySuite.Geometries.Geometry Area,
    double AreaM2,
    double ClaimedM2);
