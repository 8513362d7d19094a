using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Ordnance;
using Safeground.Core.Casualties;
using Safeground.Core.Reports;
using Safeground.Core.RiskEducation;
using Safeground.Core.Text;

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
            throw SafegroundException.Invalid(Texts.Render("error.report.invalid", ("report", Name(report)), ("problems", string.Join("; ", problems))));
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
            yield return Error("body", "issue.body-missing");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(report.Id)) yield return Error("id", "issue.id-missing");
        if (string.IsNullOrWhiteSpace(report.OrganisationId)) yield return Error("organisationId", "issue.organisation-missing");
        if (string.IsNullOrWhiteSpace(report.SubmittedBy)) yield return Error("submittedBy", "issue.submitted-by-missing");
        if (report.DateOfInformation == default) yield return Error("dateOfInformation", "issue.date-missing");
        else if (report.DateOfInformation > DateOnly.FromDateTime(now.UtcDateTime))
            yield return Error("dateOfInformation", "issue.date-in-future", TextArgs.Of(("date", report.DateOfInformation)));
        if (report.Body.NeedsHazard && string.IsNullOrWhiteSpace(report.HazardId))
            yield return Error("hazardId", "issue.hazard-id-missing", TextArgs.Of(("kind", Wire(report.Kind))));

        if (report.Body.AllFinds is null) yield return Error("body.finds", "issue.finds-missing");
        if (report.Body is AccidentReport { Victims: null })
            yield return Error("body.victims", "issue.victims-missing");
        if (report.Body is NonTechnicalSurvey { Evidence: null }) yield return Error("body.evidence", "issue.evidence-missing");
        if (report.Body is NonTechnicalSurvey { SuspectedCategories: null })
            yield return Error("body.suspectedCategories", "issue.suspected-categories-missing");

        switch (report.Body)
        {
            case NonTechnicalSurvey { Action: SurveyAction.Create } nts:
                if (nts.Perimeter is null || nts.Perimeter.IsEmpty) yield return Error("body.perimeter", "issue.perimeter-missing");
                else foreach (var p in Polygonal("body.perimeter", "field.perimeter", nts.Perimeter)) yield return p;
                break;
            case NonTechnicalSurvey nts:
                foreach (var p in Polygonal("body.perimeter", "field.perimeter", nts.Perimeter)) yield return p;
                foreach (var p in Polygonal("body.cancelled", "field.cancelled-area", nts.Cancelled)) yield return p;
                break;
            case TechnicalSurvey ts:
                foreach (var p in Polygonal("body.reduced", "field.reduced-area", ts.Reduced)) yield return p;
                foreach (var p in Polygonal("body.defined", "field.defined-area", ts.Defined)) yield return p;
                break;
            case Handover h:
                if (string.IsNullOrWhiteSpace(h.ReceivedBy)) yield return Error("body.receivedBy", "issue.receiver-missing");
                break;
            case ClearanceProgress cp:
                foreach (var p in Polygonal("body.areaWorked", "field.area-worked", cp.AreaWorked)) yield return p;
                if (cp.DeminerDays < 0) yield return Error("body.deminerDays", "issue.deminer-days-negative");
                if (cp.MachineHours < 0) yield return Error("body.machineHours", "issue.machine-hours-negative");
                // A progress report with neither land nor effort records nothing: it is an unfinished form, not a day's work.
                if ((cp.AreaWorked is null || cp.AreaWorked.IsEmpty) && !(cp.DeminerDays > 0) && !(cp.MachineHours > 0))
                    yield return Error("body.deminerDays", "issue.progress-empty");
                break;
            case Completion c:
                if (c.Cleared is null || c.Cleared.IsEmpty) yield return Error("body.cleared", "issue.cleared-missing");
                else foreach (var p in Polygonal("body.cleared", "field.cleared-area", c.Cleared)) yield return p;
                if (c.ClearanceDepthCm <= 0) yield return Error("body.clearanceDepthCm", "issue.clearance-depth-missing");
                break;
            case AccidentReport a:
                if (!IsNumber(a.Position)) yield return Error("body.position", "issue.accident-position-not-number", TextArgs.Of(("position", Where(a.Position))));
                else if (!InRange(a.Position)) yield return Error("body.position", "issue.accident-position-out-of-range", TextArgs.Of(("position", Where(a.Position))));
                if (a.OccurredAt > now) yield return Error("body.occurredAt", "issue.accident-time-in-future");
                var victims = a.Victims ?? [];
                for (int i = 0; i < victims.Count; i++)
                    if (victims[i].Age is < 0 or > 120)
                        yield return Error($"body.victims[{i}].age", "issue.victim-age", TextArgs.Of(("victim", i + 1), ("age", victims[i].Age)));
                break;
            case QaVisit qa:
                if (string.IsNullOrWhiteSpace(report.HazardId) && string.IsNullOrWhiteSpace(qa.TeamVisited))
                    yield return Error("body.teamVisited", "issue.qa.site-or-team-missing");
                if (qa.ItemsPassed < 0 || qa.ItemsFailed < 0) yield return Error("body.itemsFailed", "issue.qa.items-negative");
                else if (qa.ItemsPassed + qa.ItemsFailed == 0) yield return Error("body.itemsPassed", "issue.qa.checklist-empty");
                break;
            case QcSampling qc:
                if ((qc.Lot is null || qc.Lot.IsEmpty) && string.IsNullOrWhiteSpace(qc.ReleaseReportId))
                    yield return Error("body.lot", "issue.qc.lot-missing");
                foreach (var p in Polygonal("body.lot", "field.qc-lot", qc.Lot)) yield return p;
                foreach (var p in Polygonal("body.sampled", "field.qc-sampled", qc.Sampled)) yield return p;
                if (!double.IsFinite(qc.SampledM2) || qc.SampledM2 <= 0) yield return Error("body.sampledM2", "issue.qc.sampled-area-missing");
                // Acceptance number 0: a sample with a find cannot pass.
                if (qc.Result == QcResult.Passed && qc.Finds is { Count: > 0 })
                    yield return Error("body.result", "issue.qc.passed-with-finds", TextArgs.Of(("finds", qc.Finds.Sum(f => f.Quantity))));
                break;
            case NonConformity nc:
                if (string.IsNullOrWhiteSpace(nc.Description)) yield return Error("body.description", "issue.nc.description-missing");
                if (nc.Closes is not null && nc.ClosedOn is null) yield return Error("body.closedOn", "issue.nc.closed-on-missing");
                if (nc.ClosedOn is { } closed && closed > DateOnly.FromDateTime(now.UtcDateTime))
                    yield return Error("body.closedOn", "issue.date-in-future", TextArgs.Of(("date", closed)));
                break;
            case Reopening ro:
                if (ro.Reopened is null || ro.Reopened.IsEmpty) yield return Error("body.reopened", "issue.reopening.area-missing");
                else foreach (var p in Polygonal("body.reopened", "field.reopened-area", ro.Reopened)) yield return p;
                if (string.IsNullOrWhiteSpace(ro.Reason)) yield return Error("body.reason", "issue.reopening.reason-missing");
                break;
            case RiskEducationSession eore:
                foreach (var issue in RiskEducationIssues(eore)) yield return issue;
                break;
            case CasualtyIncident incident:
                foreach (var issue in CasualtyIncidentIssues.Of(report, incident, now)) yield return issue;
                break;
            case EodSpotTask:
                break; // its finds are checked below, as every report's
            default:
                throw UnknownReportKind.Error(report.Body, "error.report.unknown-kind.validation");
        }

        var finds = report.Body.AllFinds ?? [];
        for (int i = 0; i < finds.Count; i++)
            foreach (var (field, id, args) in FindProblems(finds[i], i + 1)) yield return Error($"body.finds[{i}].{field}", id, args);
    }

    private static IEnumerable<ReportIssue> RiskEducationIssues(RiskEducationSession s)
    {
        if (s.Position is null || s.Position.IsEmpty) yield return Error("body.position", "issue.eore.position-missing");
        else if (!IsNumber(s.Position)) yield return Error("body.position", "issue.eore.position-not-number", TextArgs.Of(("position", Where(s.Position))));
        else if (!InRange(s.Position)) yield return Error("body.position", "issue.eore.position-out-of-range", TextArgs.Of(("position", Where(s.Position))));
        if (s.Audience is null)
        {
            yield return Error("body.audience", "issue.eore.audience-missing");
            yield break;
        }
        for (int i = 0; i < s.Audience.Count; i++)
            if (s.Audience[i] is null || s.Audience[i].Count < 0)
                yield return Error($"body.audience[{i}].count", "issue.eore.count-negative", TextArgs.Of(("row", i + 1), ("count", s.Audience[i]?.Count ?? 0)));
        // A session nobody attended is a form left blank, not a session held.
        if (s.Beneficiaries == 0) yield return Error("body.audience", "issue.eore.nobody");
        var materials = s.Materials ?? [];
        for (int i = 0; i < materials.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(materials[i]?.Item)) yield return Error($"body.materials[{i}].item", "issue.eore.material-unnamed", TextArgs.Of(("row", i + 1)));
            if (materials[i] is { Quantity: < 0 } m) yield return Error($"body.materials[{i}].quantity", "issue.eore.material-negative", TextArgs.Of(("row", i + 1), ("quantity", m.Quantity)));
        }
    }

    internal static ReportIssue Error(string field, string messageId, IReadOnlyDictionary<string, string>? args = null)
    {
        args ??= TextArgs.Of();
        return new(field, Rules.Severity.Error, Texts.Render(messageId, args), messageId, args);
    }

    private static IEnumerable<(string Field, string MessageId, IReadOnlyDictionary<string, string> Args)> FindProblems(EoFind f, int n)
    {
        if (f.Quantity <= 0) yield return ("quantity", "issue.find.quantity", TextArgs.Of(("find", n), ("quantity", f.Quantity)));
        if (f.DepthCm < 0) yield return ("depthCm", "issue.find.depth", TextArgs.Of(("find", n), ("depth", f.DepthCm)));
        if (!IsNumber(f.Position)) yield return ("position", "issue.find.position-not-number", TextArgs.Of(("find", n), ("position", Where(f.Position))));
        else if (!InRange(f.Position)) yield return ("position", "issue.find.position-out-of-range", TextArgs.Of(("find", n), ("position", Where(f.Position))));
    }

    private static IEnumerable<ReportIssue> Polygonal(string path, string field, NetTopologySuite.Geometries.Geometry? g)
    {
        if (g is null || g.IsEmpty) yield break;
        if (g is not (Polygon or MultiPolygon))
        {
            yield return Error(path, "issue.polygon.not-polygon", TextArgs.Of(("field", field), ("type", g.GeometryType)));
            yield break;
        }
        // NaN compares false with everything, so an envelope check alone lets it through.
        if (g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            yield return Error(path, "issue.polygon.not-number", TextArgs.Of(("field", field)));
            yield break;
        }
        var e = g.EnvelopeInternal;
        if (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90)
        {
            yield return Error(path, "issue.polygon.out-of-range", TextArgs.Of(("field", field)));
            yield break;
        }
        // Areas read edges as geodesics, which take the short way round: a ring from lon −170 to 170 encloses
        // 20°, not 340°, and one from −180 to 180 runs up a meridian and back down the same one (0 m²).
        if (e.MaxX - e.MinX > 180)
        {
            yield return Error(path, "issue.polygon.too-wide", TextArgs.Of(("field", field), ("span", e.MaxX - e.MinX)));
            yield break;
        }
        var area = Polygons.AreaM2(Polygons.Polygonal(g));
        if (!double.IsFinite(area) || area <= 0)
            yield return Error(path, "issue.polygon.no-area", TextArgs.Of(("field", field)));
    }

    internal static bool InRange(Point? p) => p is { IsEmpty: false } && Math.Abs(p.X) <= 180 && Math.Abs(p.Y) <= 90;

    internal static bool IsNumber(Point? p) => p is null || p.IsEmpty || (double.IsFinite(p.X) && double.IsFinite(p.Y));

    internal static string Where(Point? p) => p is null || p.IsEmpty ? Texts.Render("word.none") : FormattableString.Invariant($"{p.X} {p.Y}");

    private static string Name(Report r) => string.IsNullOrWhiteSpace(r.Id) ? Texts.Render("word.no-id") : r.Id;

    // The kind's name in a message: a text id (word.kind.*), rendered in the reader's language. TextResourceTests asks
    // en.json for every kind's word, so a new kind needs no case here.
    private static string Wire(ReportKind k) => "word.kind." + System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString());
}
