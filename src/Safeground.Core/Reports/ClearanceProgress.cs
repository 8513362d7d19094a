using Safeground.Core.Ordnance;

namespace Safeground.Core.Reports;

/// <summary>
/// A clearance progress report: the area cleared since the last report, the effort spent
/// (deminer-days for manual teams, dog-team-days for dogs, machine-hours for machines) and the finds.
/// <see cref="SuspendedBecause"/> says work stopped after it (shelling, access, weather): the hazard is
/// suspended until work on it is reported again.
/// </summary>
public sealed record ClearanceProgress(
    NetTopologySuite.Geometries.Geometry? AreaWorked,
    double? DeminerDays,
    double? MachineHours,
    IReadOnlyList<EoFind> Finds,
    string? SuspendedBecause = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.ClearanceProgress;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => AreaWorked;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body.areaWorked";
    [System.Text.Json.Serialization.JsonIgnore]
    public override IReadOnlyList<EoFind> AllFinds => Finds;
}
