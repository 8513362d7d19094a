using Safeground.Core.Ordnance;

namespace Safeground.Core.Reports;

/// <summary>
/// IMAS 08.20 technical survey: reduces land shown free of EO, may confirm the area as CHA, and may
/// define the part that needs full clearance (<see cref="Defined"/>: the defined hazardous area, DHA).
/// </summary>
/// <param name="ContaminationType">What contaminates the area, when the survey states it (null: not stated; the hazard keeps what an earlier survey said).</param>
public sealed record TechnicalSurvey(
    NetTopologySuite.Geometries.Geometry? Reduced,
    bool ConfirmsCha,
    IReadOnlyList<EoFind> Finds,
    NetTopologySuite.Geometries.Geometry? Defined = null,
    Hazards.ContaminationType? ContaminationType = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.TechnicalSurvey;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => Reduced;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body.reduced";
    [System.Text.Json.Serialization.JsonIgnore]
    public override IReadOnlyList<EoFind> AllFinds => Finds;
}
