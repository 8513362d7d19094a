using NetTopologySuite.Geometries;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>
/// An accident (<c>GET /api/v1/accidents</c>): what happened, where and to how many. Victims only as counts
/// (<see cref="VictimCountsView"/>): their names, birth dates and addresses are personal data (IMAS 10.60).
/// </summary>
public sealed record AccidentView(
    string Report,
    string? Hazard,
    string Organisation,
    string? Region,
    DateOnly Date,
    DateTimeOffset OccurredAt,
    bool IsDemining,
    EoCategory? DeviceCategory,
    string? DeviceModel,
    string? Cause,
    bool? NoVictims,
    VictimCountsView Victims,
    Geometry? Geometry)
{
    public static AccidentView From(AccidentRecord a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var x = a.Accident;
        return new AccidentView(a.ReportId, a.HazardId, a.OrganisationId, a.Region, a.Date, x.OccurredAt, x.IsDemining, x.DeviceCategory, x.DeviceModel,
            x.Cause, x.NoVictims, VictimCountsView.Of(x.Victims), x.Position);
    }
}
