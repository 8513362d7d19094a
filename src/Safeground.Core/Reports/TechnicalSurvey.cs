using Safeground.Core.Ordnance;

namespace Safeground.Core.Reports;

/// <summary>IMAS 08.20 technical survey: reduces land shown free of EO and may confirm the area as CHA.</summary>
public sealed record TechnicalSurvey(
    NetTopologySuite.Geometries.Geometry? Reduced,
    bool ConfirmsCha,
    IReadOnlyList<EoFind> Finds) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.TechnicalSurvey;
    [System.Text.Json.Serialization.JsonIgnore]
    public override IReadOnlyList<EoFind> AllFinds => Finds;
}
