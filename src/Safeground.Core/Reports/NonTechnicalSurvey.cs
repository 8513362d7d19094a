using Safeground.Core.Hazards;
using NetTopologySuite.Geometries;

namespace Safeground.Core.Reports;

/// <summary>
/// IMAS 08.10 non-technical survey: creates a hazardous area, amends it, or cancels land.
/// <see cref="Perimeter"/> is required to create; <see cref="Cancelled"/> null on a cancel means "all that remains".
/// </summary>
/// <param name="ContaminationType">What contaminates the area, when the survey states it (null: not stated; the hazard keeps what an earlier survey said).</param>
public sealed record NonTechnicalSurvey(
    SurveyAction Action,
    string? Name,
    string? Region,
    HazardClass? Class,
    NetTopologySuite.Geometries.Geometry? Perimeter,
    NetTopologySuite.Geometries.Geometry? Cancelled,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Ordnance.EoCategory> SuspectedCategories,
    ContaminationType? ContaminationType = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.NonTechnicalSurvey;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => Action == SurveyAction.Cancel ? Cancelled : null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => Action == SurveyAction.Cancel ? "body.cancelled" : "body.perimeter";
}
