using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>Land a report released from a hazard: how, when, the area it took (m²), what it claimed, and the polygon (GeoJSON).</summary>
/// <param name="Report">The releasing report; left out where the report is already named (a report's impact).</param>
public sealed record ReleaseView(string? Report, ReleaseMethod Method, DateOnly Date, double AreaM2, double ClaimedM2, Geometry? Geometry)
{
    public static ReleaseView From(ReleaseEvent r, bool withReport = true)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReleaseView(withReport ? r.ReportId : null, r.Method, r.Date, r.AreaM2, r.ClaimedM2, r.Area.IsEmpty ? null : r.Area);
    }
}
