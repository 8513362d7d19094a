using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// What every report must carry before it can be submitted. Messages name the report and the field,
/// because the person reading them is a data manager holding the paper form.
/// </summary>
public static class ReportValidation
{
    public static void Check(Report report, DateTimeOffset now)
    {
        var problems = Problems(report, now).ToList();
        if (problems.Count > 0)
            throw SafegroundException.Invalid($"report {Name(report)} is not valid: " + string.Join("; ", problems));
    }

    /// <summary>The problems as sentences, in the order <see cref="Issues"/> finds them.</summary>
    public static IEnumerable<string> Problems(Report report, DateTimeOffset now) => Issues(report, now).Select(i => i.Message);

    /// <summary>Every shape and date problem of <paramref name="report"/>, each with the JSON path of its field.</summary>
    public static IEnumerable<ReportIssue> Issues(Report report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        // A report read from JSON without a body or one of its lists has null there, not an empty list.
        if (report.Body is null)
        {
            yield return Error("body", "the report has no body");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(report.Id)) yield return Error("id", "id is missing");
        if (string.IsNullOrWhiteSpace(report.OrganisationId)) yield return Error("organisationId", "organisation is missing");
        if (string.IsNullOrWhiteSpace(report.SubmittedBy)) yield return Error("submittedBy", "submitted by is missing");
        if (report.DateOfInformation == default) yield return Error("dateOfInformation", "date of information is missing");
        else if (report.DateOfInformation > DateOnly.FromDateTime(now.UtcDateTime))
            yield return Error("dateOfInformation", $"date of information {report.DateOfInformation:yyyy-MM-dd} is in the future");
        if (report.Body is not (EodSpotTask or AccidentReport) && string.IsNullOrWhiteSpace(report.HazardId))
            yield return Error("hazardId", $"a {Wire(report.Kind)} report must name its hazard");

        if (report.Body.AllFinds is null) yield return Error("body.finds", "finds are missing: give [] when there are none");
        if (report.Body is AccidentReport { Victims: null })
            yield return Error("body.victims", "victims are missing: give [] (and noVictims: true) when nobody was hurt");
        if (report.Body is NonTechnicalSurvey { Evidence: null }) yield return Error("body.evidence", "evidence is missing: give [] when there is none");
        if (report.Body is NonTechnicalSurvey { SuspectedCategories: null })
            yield return Error("body.suspectedCategories", "suspected categories are missing: give [] when none are known");

        switch (report.Body)
        {
            case NonTechnicalSurvey { Action: SurveyAction.Create } nts:
                if (nts.Perimeter is null || nts.Perimeter.IsEmpty) yield return Error("body.perimeter", "a new hazard needs a perimeter");
                else foreach (var p in Polygonal("body.perimeter", "perimeter", nts.Perimeter)) yield return p;
                break;
            case NonTechnicalSurvey nts:
                foreach (var p in Polygonal("body.perimeter", "perimeter", nts.Perimeter)) yield return p;
                foreach (var p in Polygonal("body.cancelled", "cancelled area", nts.Cancelled)) yield return p;
                break;
            case TechnicalSurvey ts:
                foreach (var p in Polygonal("body.reduced", "reduced area", ts.Reduced)) yield return p;
                foreach (var p in Polygonal("body.defined", "defined area", ts.Defined)) yield return p;
                break;
            case Handover h:
                if (string.IsNullOrWhiteSpace(h.ReceivedBy)) yield return Error("body.receivedBy", "a handover must name who received the land");
                break;
            case ClearanceProgress cp:
                foreach (var p in Polygonal("body.areaWorked", "area worked", cp.AreaWorked)) yield return p;
                if (cp.DeminerDays < 0) yield return Error("body.deminerDays", "deminer-days cannot be negative");
                if (cp.MachineHours < 0) yield return Error("body.machineHours", "machine-hours cannot be negative");
                // A progress report with neither land nor effort records nothing: it is an unfinished form, not a day's work.
                if ((cp.AreaWorked is null || cp.AreaWorked.IsEmpty) && !(cp.DeminerDays > 0) && !(cp.MachineHours > 0))
                    yield return Error("body.deminerDays",
                        "a clearance progress report needs the area worked or the effort spent: give deminer-days or machine-hours, or draw the area worked");
                break;
            case Completion c:
                if (c.Cleared is null || c.Cleared.IsEmpty) yield return Error("body.cleared", "a completion report needs the cleared polygon");
                else foreach (var p in Polygonal("body.cleared", "cleared area", c.Cleared)) yield return p;
                if (c.ClearanceDepthCm <= 0) yield return Error("body.clearanceDepthCm", "clearance depth must be given in cm (greater than 0)");
                break;
            case AccidentReport a:
                if (!IsNumber(a.Position)) yield return Error("body.position", $"accident position {Where(a.Position)} has a coordinate that is not a number (NaN or infinite)");
                else if (!InRange(a.Position)) yield return Error("body.position", $"accident position {Where(a.Position)} is not a lon/lat position");
                if (a.OccurredAt > now) yield return Error("body.occurredAt", "the accident's time is in the future");
                var victims = a.Victims ?? [];
                for (int i = 0; i < victims.Count; i++)
                    if (victims[i].Age is < 0 or > 120)
                        yield return Error($"body.victims[{i}].age", $"victim {i + 1}: age {victims[i].Age} is not possible");
                break;
            case EodSpotTask:
                break; // its finds are checked below, as every report's
            default:
                throw UnknownReportKind.Error(report.Body, "report validation");
        }

        var finds = report.Body.AllFinds ?? [];
        for (int i = 0; i < finds.Count; i++)
            foreach (var (field, p) in FindProblems(finds[i])) yield return Error($"body.finds[{i}].{field}", $"find {i + 1}: {p}");
    }

    private static ReportIssue Error(string field, string message) => new(field, Rules.Severity.Error, message);

    private static IEnumerable<(string Field, string Problem)> FindProblems(EoFind f)
    {
        if (f.Quantity <= 0) yield return ("quantity", $"quantity {f.Quantity} must be at least 1");
        if (f.DepthCm < 0) yield return ("depthCm", $"depth {f.DepthCm} cm cannot be negative");
        if (!IsNumber(f.Position)) yield return ("position", $"position {Where(f.Position)} has a coordinate that is not a number (NaN or infinite)");
        else if (!InRange(f.Position)) yield return ("position", $"position {Where(f.Position)} is not a lon/lat position");
    }

    private static IEnumerable<ReportIssue> Polygonal(string path, string field, NetTopologySuite.Geometries.Geometry? g)
    {
        if (g is null || g.IsEmpty) yield break;
        if (g is not (Polygon or MultiPolygon))
        {
            yield return Error(path, $"{field} must be a polygon, not a {g.GeometryType}");
            yield break;
        }
        // NaN compares false with everything, so an envelope check alone lets it through.
        if (g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            yield return Error(path, $"{field} has a coordinate that is not a number (NaN or infinite)");
            yield break;
        }
        var e = g.EnvelopeInternal;
        if (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90)
        {
            yield return Error(path, $"{field} has coordinates outside lon −180..180 / lat −90..90 (lon/lat swapped?)");
            yield break;
        }
        // Areas read edges as geodesics, which take the short way round: a ring from lon −170 to 170 encloses
        // 20°, not 340°, and one from −180 to 180 runs up a meridian and back down the same one (0 m²).
        if (e.MaxX - e.MinX > 180)
        {
            yield return Error(path, FormattableString.Invariant(
                $"{field} spans {e.MaxX - e.MinX:0.###}° of longitude; no hazard spans more than 180° (split a polygon that crosses the antimeridian there; lon/lat swapped?)"));
            yield break;
        }
        var area = Polygons.AreaM2(Polygons.Polygonal(g));
        if (!double.IsFinite(area) || area <= 0)
            yield return Error(path, $"{field} has no area (its points are collinear or repeat, or its rings cancel out)");
    }

    private static bool InRange(Point? p) => p is { IsEmpty: false } && Math.Abs(p.X) <= 180 && Math.Abs(p.Y) <= 90;

    private static bool IsNumber(Point? p) => p is null || p.IsEmpty || (double.IsFinite(p.X) && double.IsFinite(p.Y));

    private static string Where(Point? p) => p is null || p.IsEmpty ? "(none)" : FormattableString.Invariant($"{p.X} {p.Y}");

    private static string Name(Report r) => string.IsNullOrWhiteSpace(r.Id) ? "(no id)" : r.Id;

    private static string Wire(ReportKind k) => k switch
    {
        ReportKind.NonTechnicalSurvey => "non-technical survey",
        ReportKind.TechnicalSurvey => "technical survey",
        ReportKind.ClearanceProgress => "clearance progress",
        ReportKind.Completion => "completion",
        ReportKind.EodSpotTask => "EOD spot task",
        ReportKind.Handover => "handover",
        ReportKind.Accident => "accident",
        _ => throw UnknownReportKind.Error(k, "report validation"),
    };
}
