using Safeground.Core.Projections;

namespace Safeground.Core.Storage;

/// <summary>
/// The projections: each hazard's state, the finds and the accidents as the approved reports make them. What
/// roll-ups, status figures and the API's lists read; derived data, rebuilt from <see cref="IReportStore"/> at will.
/// </summary>
/// <remarks>
/// Lists are records with all their attributes; for a map (a page of a layer, tiles) see <see cref="IMapLayerStore"/>.
/// Queries answer from the store's indexes (bbox through the spatial index), never by filtering a stream.
/// </remarks>
public interface IProjectionStore
{
    HazardState? FindHazard(string hazardId);

    /// <summary>The hazards whose remaining polygon's bounding box meets <paramref name="area"/> (lon/lat), through the spatial index.</summary>
    IEnumerable<HazardState> HazardsIntersecting(NetTopologySuite.Geometries.Envelope area);

    /// <summary>All hazard projections, ordered by hazard id.</summary>
    IEnumerable<HazardState> Hazards();

    /// <summary>All find projections, ordered by report id then index.</summary>
    IEnumerable<FindRecord> Finds();

    /// <summary>All accident projections, ordered by report id.</summary>
    IEnumerable<AccidentRecord> Accidents();

    /// <summary>All risk-education session projections, ordered by report id.</summary>
    IEnumerable<RiskEducation.RiskEducationRecord> RiskEducationSessions();

    /// <summary>All civilian casualty incident projections, ordered by report id.</summary>
    IEnumerable<Casualties.IncidentRecord> Incidents();

    /// <summary>One page of hazards matching <paramref name="query"/>, by hazard id, with the total (bbox through the spatial index).</summary>
    Page<HazardState> QueryHazards(HazardQuery query);

    /// <summary>One page of finds matching <paramref name="query"/>, by report id then index, with the total.</summary>
    Page<FindRecord> QueryFinds(FindQuery query);
}
