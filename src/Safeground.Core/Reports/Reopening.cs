namespace Safeground.Core.Reports;

/// <summary>
/// Released land returned to hazardous: after a failed quality control sample (<see cref="QcReportId"/>) or a find on
/// released land. Only land the hazard had released (cancelled, reduced or cleared) and not yet reopened is put back,
/// so cancelled + reduced + cleared − reopened + remaining = original still holds.
/// </summary>
public sealed record Reopening(NetTopologySuite.Geometries.Geometry? Reopened, string Reason, string? QcReportId = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.Reopening;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => Reopened;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body.reopened";
}
