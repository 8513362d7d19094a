using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;
using Safeground.Core.Storage;
using Safeground.Core.Text;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Import;

/// <summary>
/// Imports a programme's past land release (cancelled, reduced and cleared polygons with their dates, as IMSMA or an
/// archive exports them) as approved reports against the hazards they touch, through the same ledger and rules as any
/// report: a cancellation is a non-technical survey that cancels, a reduction a technical survey, a clearance a clearance
/// progress report (it releases by clearance; closing the hazard stays a completion of its own, with its depth).
/// </summary>
/// <remarks>
/// A feature touching several hazards becomes one report per hazard, clipped to the hazard's perimeter, so each ledger
/// takes only its own land. Report ids are the feature's own (<c>report_id</c>) or made from its content (method, date,
/// organisation, polygon, hazard), never from the file name or the feature's place, so importing the file again finds
/// the reports stored and writes nothing. The whole import is one bulk transaction (<see cref="BulkLoader.LoadInto"/>):
/// a report that would break a rule is held back as a bulk load holds it back, and an interrupted import keeps nothing.
/// </remarks>
public sealed class ReleaseImport(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules)
{
    /// <param name="options">The source's name (for the reports' history), the default organisation, the field mapping.</param>
    /// <param name="by">The administrator who imports: the reports are submitted and approved in their name.</param>
    /// <param name="triage">How dirty polygons are repaired or refused.</param>
    /// <param name="dryRun">Check and count everything, keep nothing.</param>
    public ReleaseImportSummary Run(IEnumerable<SourceFeature> features, ImportOptions options, User by, PolygonTriage triage,
        bool dryRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(triage);
        if (!AccessPolicy.CanImportHistory(by))
            throw SafegroundException.Forbidden(Texts.Render("import.release.not-admin", ("username", by.Username), ("role", Words.Id(by.Role))));

        var summary = new ReleaseImportSummary { Source = options.SourceName, DryRun = dryRun };
        var now = clock.GetUtcNow();
        var plans = new List<Plan>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        var known = store.Organisations().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var f in features)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = Read(f, options, by, triage, now, ids);
            plans.Add(plan);
            foreach (var part in plan.Parts)
                if (part.Report is { OrganisationId: var org } && known.Add(org))
                    organisations[org] = new Organisation(org, org == options.OrganisationId && org == "IMPORT" ? "Imported records" : org, "");
        }

        var additions = plans.SelectMany(p => p.Parts).Where(p => p.Report is not null)
            .GroupBy(p => p.HazardId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HazardAdditions(g.Key, g.Select(p => new ImportedReport(p.Report!, p.Source)).ToList()))
            .ToList();
        var released = new Dictionary<string, double>(StringComparer.Ordinal);
        var held = new Dictionary<string, string>(StringComparer.Ordinal);
        if (additions.Count > 0)
        {
            var loaded = new BulkLoader(store, clock, rules).LoadInto(organisations.Values, additions, by.Username,
                state =>
                {
                    foreach (var r in state.Releases)
                        released[r.ReportId] = released.GetValueOrDefault(r.ReportId) + r.AreaM2;
                },
                commit: !dryRun, cancellationToken: cancellationToken);
            foreach (var h in loaded.HeldBackReports) held[h.ReportId] = h.Reason;
            summary.Reports = loaded.Reports;
            summary.HeldBackReports = loaded.HeldBack;
            summary.Hazards = loaded.Hazards;
        }
        foreach (var plan in plans) summary.Features.Add(plan.Outcome(released, held));
        return summary;
    }

    private Plan Read(SourceFeature f, ImportOptions options, User by, PolygonTriage triage, DateTimeOffset now, Dictionary<string, string> ids)
    {
        var p = f.Properties;
        var m = options.Mapping;
        if (f.ReadError is not null) return Plan.Refused(f, f.ReadError);
        var methodText = m.Get(p, "method", "land_release_type", "landReleaseType", "release_type", "release_method", "type", "status");
        if (methodText is null) return Plan.Refused(f, Texts.Render("import.release.no-method"));
        if (ReleaseWords.Method(methodText) is not { } method)
            return Plan.Refused(f, Texts.Render("import.release.unknown-method", ("value", methodText)));
        var dateText = m.Get(p, "date", "date_of_information", "dateOfInformation", "release_date", "date_released", "completion_date", "end_date");
        if (dateText is null) return Plan.Refused(f, Texts.Render("import.release.no-date"), method);
        DateOnly date;
        try
        {
            date = DateParsing.Parse(dateText, "date");
        }
        catch (SafegroundException e)
        {
            return Plan.Refused(f, e.Message, method);
        }
        if (date > DateOnly.FromDateTime(now.UtcDateTime))
            return Plan.Refused(f, Texts.Render("issue.date-in-future", ("date", date)), method, date);
        var triaged = triage.Triage(f.Geometry);
        if (triaged.Outcome == TriageOutcome.Rejected)
            return Plan.Refused(f, Texts.Render("import.release.bad-geometry", ("reason", string.Join("; ", triaged.Notes))), method, date);
        var polygon = triaged.Geometry!;
        double area = Polygons.AreaM2(polygon);
        var organisation = m.Get(p, "organisation", "organization", "organisation_id", "organization_id", "org", "operator") ?? options.OrganisationId;
        var named = m.Get(p, "hazard_id", "hazardId", "hazard");

        List<HazardState> hazards;
        if (named is not null)
        {
            var h = store.FindHazard(named);
            if (h is null) return Plan.Refused(f, Texts.Render("import.release.unknown-hazard", ("hazard", named)), method, date, area);
            hazards = [h];
        }
        else hazards = HazardCandidates.Near(store, polygon.EnvelopeInternal);

        double tolerance = rules.Threshold(RuleIds.GeometryDegenerate); // a sliver of a neighbour is round-off, as at submission
        var clipped = new List<(HazardState Hazard, NtsGeometry Part, double M2)>();
        foreach (var h in hazards)
        {
            // Split, not Intersection: the parts' new vertices lie on the polygon's geodesic edges, so they add up to its area.
            var (part, _) = Polygons.Split(polygon, h.Original);
            double m2 = Polygons.AreaM2(part);
            if (!part.IsEmpty && (m2 > tolerance || named is not null)) clipped.Add((h, part, m2));
        }
        double outside = Math.Max(0, area - clipped.Sum(c => c.M2));
        if (clipped.Count == 0) return new Plan(f, method, date, area, outside, [], null);

        var given = m.Get(p, "report_id", "reportId", "release_id", "id");
        var baseId = given ?? "HIST-" + Fingerprint(method, date, organisation, polygon, named);
        if (!ids.TryAdd(baseId, f.Where))
            return Plan.Refused(f, Texts.Render("import.release.same-as", ("first", ids[baseId]), ("id", baseId)), method, date, area);
        var source = $"{options.SourceName}, {f.Where}";
        var parts = new List<PartPlan>();
        foreach (var (hazard, part, m2) in clipped)
        {
            var id = clipped.Count == 1 ? baseId : $"{baseId}@{hazard.HazardId}";
            if (store.FindReport(id) is { } stored)
            {
                if (!SameRelease(stored.Report, hazard.HazardId, method, date))
                    return Plan.Refused(f, Texts.Render("import.release.id-taken", ("id", id)), method, date, area);
                parts.Add(new PartPlan(hazard.HazardId, id, m2, null, source));
                continue;
            }
            var report = new Report(id, hazard.HazardId, organisation, null, null, date, options.ImportedAt, by.Username, Body(method, part));
            var problems = ReportValidation.Problems(report, now).ToList();
            if (problems.Count > 0) return Plan.Refused(f, string.Join("; ", problems), method, date, area);
            parts.Add(new PartPlan(hazard.HazardId, id, m2, report, source));
        }
        return new Plan(f, method, date, area, outside, parts, null);
    }

    private static ReportBody Body(ReleaseMethod method, NtsGeometry part) => method switch
    {
        ReleaseMethod.Cancelled => new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, part, [], []),
        ReleaseMethod.Reduced => new TechnicalSurvey(part, false, []),
        ReleaseMethod.Cleared => new ClearanceProgress(part, null, null, []),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    // A stored report under the id is this release when it is of the same kind, hazard and date.
    private static bool SameRelease(Report stored, string hazardId, ReleaseMethod method, DateOnly date) =>
        stored.HazardId == hazardId && stored.DateOfInformation == date && stored.Kind == Body(method, Geo.Empty).Kind;

    private static string Fingerprint(ReleaseMethod method, DateOnly date, string organisation, NtsGeometry polygon, string? hazard)
    {
        var normal = polygon.Copy();
        normal.Normalize();
        var text = string.Create(CultureInfo.InvariantCulture, $"{method}|{date:yyyy-MM-dd}|{organisation}|{hazard}|");
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new NetTopologySuite.IO.WKBWriter().Write(normal)).ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes), 0, 8);
    }

    private sealed record PartPlan(string HazardId, string ReportId, double InsideM2, Report? Report, string Source);

    private sealed record Plan(SourceFeature Feature, ReleaseMethod? Method, DateOnly? Date, double AreaM2, double OutsideM2,
        IReadOnlyList<PartPlan> Parts, string? Refusal)
    {
        public static Plan Refused(SourceFeature f, string reason, ReleaseMethod? method = null, DateOnly? date = null, double area = 0) =>
            new(f, method, date, area, 0, [], reason);

        public ReleaseFeature Outcome(Dictionary<string, double> released, Dictionary<string, string> held)
        {
            if (Refusal is not null) return new ReleaseFeature(Feature.Index, Feature.Where, ReleaseOutcome.Refused, Method, Date, AreaM2, 0, [], Refusal);
            if (Parts.Count == 0) return new ReleaseFeature(Feature.Index, Feature.Where, ReleaseOutcome.Outside, Method, Date, AreaM2, OutsideM2, []);
            var parts = Parts.Select(p =>
                p.Report is null ? new ReleasePart(p.HazardId, p.ReportId, p.InsideM2, 0, ReleaseOutcome.AlreadyImported)
                : held.TryGetValue(p.ReportId, out var why) ? new ReleasePart(p.HazardId, p.ReportId, p.InsideM2, 0, ReleaseOutcome.HeldBack, why)
                : new ReleasePart(p.HazardId, p.ReportId, p.InsideM2, released.GetValueOrDefault(p.ReportId), ReleaseOutcome.Applied)).ToList();
            var outcome = parts.All(p => p.Outcome == ReleaseOutcome.AlreadyImported) ? ReleaseOutcome.AlreadyImported
                : parts.All(p => p.Outcome == ReleaseOutcome.HeldBack) ? ReleaseOutcome.HeldBack
                : parts.Count == 1 ? ReleaseOutcome.Applied
                : ReleaseOutcome.Split;
            var reason = outcome == ReleaseOutcome.HeldBack ? string.Join("; ", parts.Select(p => p.Reason).Distinct(StringComparer.Ordinal)) : null;
            return new ReleaseFeature(Feature.Index, Feature.Where, outcome, Method, Date, AreaM2, OutsideM2, parts, reason);
        }
    }
}
