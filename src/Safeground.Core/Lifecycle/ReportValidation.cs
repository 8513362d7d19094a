using NetTopologySuite.Geometries;
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

    public static IEnumerable<string> Problems(Report report, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(report.Id)) yield return "id is missing";
        if (string.IsNullOrWhiteSpace(report.OrganisationId)) yield return "organisation is missing";
        if (string.IsNullOrWhiteSpace(report.SubmittedBy)) yield return "submitted by is missing";
        if (report.DateOfInformation > DateOnly.FromDateTime(now.UtcDateTime))
            yield return $"date of information {report.DateOfInformation:yyyy-MM-dd} is in the future";
        if (report.Body is not (EodSpotTask or AccidentReport) && string.IsNullOrWhiteSpace(report.HazardId))
            yield return $"a {Wire(report.Kind)} report must name its hazard";

        switch (report.Body)
        {
            case NonTechnicalSurvey { Action: SurveyAction.Create } nts:
                if (nts.Perimeter is null || nts.Perimeter.IsEmpty) yield return "a new hazard needs a perimeter";
                else foreach (var p in Polygonal("perimeter", nts.Perimeter)) yield return p;
                break;
            case NonTechnicalSurvey nts:
                foreach (var p in Polygonal("perimeter", nts.Perimeter)) yield return p;
                foreach (var p in Polygonal("cancelled area", nts.Cancelled)) yield return p;
                break;
            case TechnicalSurvey ts:
                foreach (var p in Polygonal("reduced area", ts.Reduced)) yield return p;
                foreach (var p in Polygonal("defined area", ts.Defined)) yield return p;
                break;
            case Handover h:
                if (string.IsNullOrWhiteSpace(h.ReceivedBy)) yield return "a handover must name who received the land";
                break;
            case ClearanceProgress cp:
                foreach (var p in Polygonal("area worked", cp.AreaWorked)) yield return p;
                if (cp.DeminerDays < 0) yield return "deminer-days cannot be negative";
                if (cp.MachineHours < 0) yield return "machine-hours cannot be negative";
                break;
            case Completion c:
                if (c.Cleared is null || c.Cleared.IsEmpty) yield return "a completion report needs the cleared polygon";
                else foreach (var p in Polygonal("cleared area", c.Cleared)) yield return p;
                if (c.ClearanceDepthCm <= 0) yield return "clearance depth must be given in cm (greater than 0)";
                break;
            case AccidentReport a:
                if (!InRange(a.Position)) yield return $"accident position {Where(a.Position)} is not a lon/lat position";
                if (a.OccurredAt > now) yield return "the accident's time is in the future";
                for (int i = 0; i < a.Victims.Count; i++)
                    if (a.Victims[i].Age is < 0 or > 120) yield return $"victim {i + 1}: age {a.Victims[i].Age} is not possible";
                break;
        }

        var finds = report.Body.AllFinds;
        for (int i = 0; i < finds.Count; i++)
            foreach (var p in FindProblems(finds[i])) yield return $"find {i + 1}: {p}";
    }

    private static IEnumerable<string> FindProblems(EoFind f)
    {
        if (f.Quantity <= 0) yield return $"quantity {f.Quantity} must be at least 1";
        if (f.DepthCm < 0) yield return $"depth {f.DepthCm} cm cannot be negative";
        if (!InRange(f.Position)) yield return $"position {Where(f.Position)} is not a lon/lat position";
    }

    private static IEnumerable<string> Polygonal(string field, NetTopologySuite.Geometries.Geometry? g)
    {
        if (g is null || g.IsEmpty) yield break;
        if (g is not (Polygon or MultiPolygon)) yield return $"{field} must be a polygon, not a {g.GeometryType}";
        var e = g.EnvelopeInternal;
        if (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90)
            yield return $"{field} has coordinates outside lon −180..180 / lat −90..90 (lon/lat swapped?)";
    }

    private static bool InRange(Point? p) => p is { IsEmpty: false } && Math.Abs(p.X) <= 180 && Math.Abs(p.Y) <= 90;

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
        _ => "accident",
    };
}
