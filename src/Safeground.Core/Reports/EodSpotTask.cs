using Safeground.Core.Ordnance;

namespace Safeground.Core.Reports;

/// <summary>An EOD spot task: finds dealt with outside any recorded hazardous area.</summary>
public sealed record EodSpotTask(IReadOnlyList<EoFind> Finds, string? Source = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.EodSpotTask;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override bool NeedsHazard => false;

    [System.Text.Json.Serialization.JsonIgnore]
    public override IReadOnlyList<EoFind> AllFinds => Finds;
}
