using NetTopologySuite.Geometries;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>Explosive ordnance found, as one report recorded it (<c>GET /api/v1/finds</c>); the position as GeoJSON.</summary>
/// <param name="Index">The find's place in its report's list of finds.</param>
public sealed record FindView(
    string Report,
    int Index,
    string? Hazard,
    string Organisation,
    string? Region,
    DateOnly Date,
    EoCategory Category,
    string? Model,
    int Quantity,
    EoCondition Condition,
    int? DepthCm,
    Disposal Disposal,
    Geometry? Geometry)
{
    public static FindView From(FindRecord f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new FindView(f.ReportId, f.Index, f.HazardId, f.OrganisationId, f.Region, f.Date, f.Find.Category, f.Find.Model, f.Find.Quantity,
            f.Find.Condition, f.Find.DepthCm, f.Find.Disposal, f.Find.Position);
    }
}
