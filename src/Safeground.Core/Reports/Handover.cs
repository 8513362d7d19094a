namespace Safeground.Core.Reports;

/// <summary>
/// A handover certificate: released land given back to its users. Recorded only for a hazard with
/// nothing left hazardous; names who received it and what it is to be used for.
/// </summary>
public sealed record Handover(string ReceivedBy, string? LandUse = null, string? CertificateNumber = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.Handover;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";
}
