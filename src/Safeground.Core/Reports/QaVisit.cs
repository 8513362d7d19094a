namespace Safeground.Core.Reports;

/// <summary>
/// A quality assurance visit (IMAS 07.12): a site (the report's hazard, optional) or a team (<see cref="TeamVisited"/>)
/// seen at work, how its checklist came out and what the visitor found. Evidence on the record; it changes no area.
/// </summary>
/// <param name="ItemsPassed">Checklist items met.</param>
/// <param name="ItemsFailed">Checklist items not met.</param>
public sealed record QaVisit(string? TeamVisited, int ItemsPassed, int ItemsFailed, string? Findings = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.QaVisit;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override bool NeedsHazard => false;
}
