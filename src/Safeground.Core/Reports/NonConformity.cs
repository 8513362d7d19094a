namespace Safeground.Core.Reports;

/// <summary>
/// A non-conformity found by quality management, with the corrective action asked for and its due date. It is closed
/// by a later non-conformity report that names it in <see cref="Closes"/> with the day it was closed (<see cref="ClosedOn"/>).
/// </summary>
public sealed record NonConformity(
    NonConformitySeverity Severity,
    string Description,
    string? CorrectiveAction = null,
    DateOnly? Due = null,
    string? Closes = null,
    DateOnly? ClosedOn = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.NonConformity;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override bool NeedsHazard => false;
}
