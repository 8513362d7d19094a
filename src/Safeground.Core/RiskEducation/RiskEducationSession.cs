using NetTopologySuite.Geometries;
using Safeground.Core.People;
using Safeground.Core.Reports;

namespace Safeground.Core.RiskEducation;

/// <summary>
/// An explosive ordnance risk-education session (IMAS 12.10). Its date is the report's date of information and its
/// organisation and team are the report's header; the audience is counted by sex, age band and disability, never
/// named, because donors ask for beneficiaries disaggregated and nobody may be identified. It releases no land.
/// </summary>
/// <param name="Region">The region it was held in, as the store's regions name it; null to place it from its position.</param>
/// <param name="NearHazards">The hazards near the place, whose dangers the session spoke of (hazard ids).</param>
public sealed record RiskEducationSession(
    Point Position,
    string? Region,
    EoreMethod Method,
    IReadOnlyList<PeopleCount> Audience,
    IReadOnlyList<MaterialsDistributed>? Materials = null,
    IReadOnlyList<string>? NearHazards = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.RiskEducation;

    [System.Text.Json.Serialization.JsonIgnore]
    public override Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override bool NeedsHazard => false;

    /// <summary>Everyone it reached (a list read from JSON without counts is null: nobody).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Beneficiaries => (Audience ?? []).Sum(c => Math.Max(0, c.Count));
}
