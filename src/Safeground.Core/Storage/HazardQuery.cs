using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;

namespace Safeground.Core.Storage;

/// <summary>
/// Which hazards, and which page of them, ordered by hazard id. <see cref="Bbox"/> (lon/lat) meets the
/// bounding box of the remaining polygon, as <see cref="ISafegroundStore.HazardsIntersecting"/> does.
/// </summary>
public sealed record HazardQuery(
    Envelope? Bbox = null,
    HazardStatus? Status = null,
    HazardClass? Class = null,
    string? OrganisationId = null,
    string? Region = null,
    int Limit = 100,
    int Offset = 0)
{
    /// <summary>Whether a hazard passes the filters other than the bounding box (for stores without an indexed query).</summary>
    public bool Matches(HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        return (Status is null || hazard.Status == Status)
            && (Class is null || hazard.Class == Class)
            && (OrganisationId is null || hazard.OrganisationId == OrganisationId)
            && (Region is null || hazard.Region == Region);
    }
}
