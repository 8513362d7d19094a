using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Checks;
using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// Everything Safeground would say about a report, said before it is stored, so that a form can show
/// each problem next to its field: the shape and date rules (<see cref="ReportValidation"/>), the
/// land-release rules of the replay against the approved state (<see cref="ReportLifecycle.Breaches"/>),
/// geometry that misses its hazard, and the plausibility rules of <c>safeground check</c> that can be
/// judged from one report. Nothing is written.
/// </summary>
/// <remarks>
/// Errors are what <see cref="ReportLifecycle.Submit"/> refuses, plus a hazard that does not exist or a
/// polygon whose longitude and latitude are swapped (approval would refuse or misplace them). Plausibility
/// findings never block a submission (a reviewer judges them), so they are at most warnings here.
/// </remarks>
public sealed class ReportCheck(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules)
{
    private readonly ProgrammeRules _rules = rules ?? throw new ArgumentNullException(nameof(rules));

    // A polygon that is not lon/lat, or a body without its lists, cannot be replayed into anything meaningful.
    private static readonly HashSet<string> Unreplayable =
        ["body", "body.perimeter", "body.cancelled", "body.reduced", "body.defined", "body.areaWorked", "body.cleared",
         "body.finds", "body.victims", "body.evidence", "body.suspectedCategories"];

    public IReadOnlyList<ReportIssue> Run(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.GetUtcNow();
        var issues = ReportValidation.Issues(report, now).ToList();
        issues.AddRange(new ReferenceCheck(store).Issues(report));
        if (!string.IsNullOrWhiteSpace(report.Id) && store.FindReport(report.Id) is not null)
            issues.Add(Error("id", "issue.report-exists", TextArgs.Of(("report", report.Id))));

        var claimField = ClaimField(report.Body);
        if (issues.Any(i => i.Severity == Rules.Severity.Error && Unreplayable.Contains(i.Field)))
            return issues;

        HazardState? own = null;
        bool needsHazard = report.Body is not (EodSpotTask or AccidentReport or RiskEducation.RiskEducationSession or NonTechnicalSurvey { Action: SurveyAction.Create });
        if (needsHazard && !string.IsNullOrWhiteSpace(report.HazardId))
        {
            own = store.FindHazard(report.HazardId);
            if (own is null) issues.Add(Error("hazardId", "issue.hazard-missing", TextArgs.Of(("hazard", report.HazardId))));
        }

        var lifecycle = new ReportLifecycle(store, clock, _rules);
        Report spanned;
        try
        {
            spanned = lifecycle.WithSpannedHazards(report);
        }
        catch (SafegroundException e)
        {
            issues.Add(Error("alsoHazards", e.Message));
            spanned = report with { AlsoHazards = [] };
        }
        var replayed = lifecycle.Replayed(spanned).ToList();
        foreach (var flag in lifecycle.Flags(spanned, replayed))
            issues.Add(new ReportIssue(FlagField(flag.RuleId, claimField), SeverityOf(flag), flag.Message, flag.MessageId, flag.Args));

        if (own is not null) Swapped(report, own, claimField, issues);
        Plausibility(spanned, replayed, now, issues);
        return issues;
    }

    /// <summary>The JSON path of the polygon a report releases or draws, which the replay's geometry rules are about.</summary>
    public static string ClaimField(ReportBody body) => body.ClaimedField;

    private static NtsGeometry? Claim(ReportBody body) => body.Claimed;

    private static string FlagField(string ruleId, string claimField) => ruleId switch
    {
        RuleIds.ReportBeforeHazard => "dateOfInformation",
        RuleIds.HazardExists or RuleIds.ReleaseOnClosedHazard or RuleIds.HandoverBeforeClosed => "hazardId",
        _ => claimField,
    };

    // The replay repairs a self-intersecting polygon and notes it as info; a person drawing it wants to know.
    private static Severity SeverityOf(RuleFlag flag) =>
        flag.RuleId == RuleIds.GeometryInvalid && flag.Severity < Rules.Severity.Warning ? Rules.Severity.Warning : flag.Severity;

    /// <summary>A polygon or find that misses its hazard but would land on it with x and y exchanged was typed lat/lon.</summary>
    private static void Swapped(Report report, HazardState hazard, string claimField, List<ReportIssue> issues)
    {
        if (hazard.Original.IsEmpty) return;
        if (Claim(report.Body) is { IsEmpty: false } claim && Misplaced(claim, hazard.Original))
            issues.Add(Error(claimField, "issue.polygon-axes-swapped", TextArgs.Of(("hazard", hazard.HazardId))));
        var finds = report.Body.AllFinds ?? [];
        for (int i = 0; i < finds.Count; i++)
            if (finds[i].Position is { IsEmpty: false } at && Misplaced(at, hazard.Original))
                issues.Add(Error(Invariant($"body.finds[{i}].position"), "issue.find-axes-swapped", TextArgs.Of(("find", i + 1), ("hazard", hazard.HazardId))));
    }

    private static bool Misplaced(NtsGeometry drawn, NtsGeometry hazard)
    {
        if (drawn.Intersects(hazard)) return false;
        return Geo.SwapAxes(drawn).Intersects(hazard);
    }

    /// <summary>
    /// The per-report rules of <c>safeground check</c> over the hazards as this report would leave them:
    /// dates against the deployment, finds outside the hazard or below its clearance depth, productivity
    /// for the team's asset, the IMAS 10.60 accident minimum, and the hazard's EO density when the report adds finds.
    /// </summary>
    private void Plausibility(Report report, List<HazardState> replayed, DateTimeOffset now, List<ReportIssue> issues)
    {
        var sink = new FindingSink(_rules);
        var context = new CheckContext(_rules, now, store.Teams(), store.Deployments(), Ordnance.OrdnanceCatalogue.Of(store));
        foreach (var state in replayed) context.Hazards.Add(state);
        RuleFamily[] families = [new DateChecks(), new FindChecks(), new OrdnanceChecks(), new ProductivityChecks(), new AccidentChecks()];
        foreach (var family in families)
            if (family.Enabled(sink)) family.Report(report, context, sink);
        var density = new EoDensityChecks();
        if ((report.Body.AllFinds ?? []).Count > 0 && density.Enabled(sink))
            foreach (var state in replayed.Where(s => s.HazardId == report.HazardId)) density.Hazard(state, context, sink);
        Overlaps(report, replayed, now, sink);
        DeploymentEffort(report, context, sink);
        foreach (var finding in sink.Drain())
        {
            if (finding.RuleId == RuleIds.DateInFuture) continue; // ReportValidation already refuses it, as an error
            var severity = finding.Severity > Rules.Severity.Warning ? Rules.Severity.Warning : finding.Severity;
            issues.Add(new ReportIssue(FindingField(finding), severity, finding.Message, finding.MessageId, finding.Args));
        }
    }

    /// <summary>
    /// hazard-duplicate and hazard-overlap for a survey that draws a hazard's perimeter: the hazard as it would
    /// stand against the recorded hazards its perimeter reaches. Only pairs with this hazard are reported.
    /// </summary>
    private void Overlaps(Report report, List<HazardState> replayed, DateTimeOffset now, FindingSink sink)
    {
        if (report.Body is not NonTechnicalSurvey { Perimeter: { IsEmpty: false } perimeter } || report.HazardId is not { } drawn) return;
        var family = new HazardOverlapChecks();
        if (!family.Enabled(sink)) return;
        var context = new CheckContext(_rules, now, [], [], Ordnance.OrdnanceCatalogue.Seed);
        foreach (var state in replayed.Where(s => s.HazardId == drawn)) context.Hazards.Add(state);
        foreach (var other in store.HazardsIntersecting(perimeter.EnvelopeInternal))
            if (other.HazardId != drawn) context.Hazards.Add(other);
        var pairs = new FindingSink(_rules);
        foreach (var _ in family.AcrossHazards(context, pairs)) { }
        // The family names both hazards of a pair in its arguments ("hazard" and "other").
        foreach (var f in pairs.Drain())
            if (f.Args is { } args && (args.GetValueOrDefault("hazard") == drawn || args.GetValueOrDefault("other") == drawn))
                sink.Add(f.RuleId, f.Record, f.Message, f.MessageId, f.Args, f.Figure, f.Threshold, f.Severity);
    }

    /// <summary>
    /// deployment-effort: the deminer-days this report adds to its deployment's approved clearance progress
    /// reports, against what the team could work. The others are read from the stores' summary columns.
    /// </summary>
    private void DeploymentEffort(Report report, CheckContext context, FindingSink sink)
    {
        if (report.Body is not ClearanceProgress { DeminerDays: > 0 } || report.DeploymentId is not { } deployment) return;
        var family = new DeploymentEffortChecks();
        if (!family.Enabled(sink)) return;
        foreach (var s in store.ApprovedReportSummaries())
        {
            if (s.DeploymentId != deployment || s.Kind != ReportKind.ClearanceProgress || s.Id == report.Id) continue;
            // The family reads only the deployment, the day and the deminer-days of each report.
            family.Report(new Report(s.Id, s.HazardId, s.OrganisationId, s.TeamId, s.DeploymentId, s.DateOfInformation, default, "",
                new ClearanceProgress(null, s.DeminerDays, s.MachineHours, [])), context, sink);
        }
        family.Report(report, context, sink);
        family.Finish(context, sink);
    }

    private static string FindingField(Finding f)
    {
        if (f.Record.Kind == "find")
        {
            var index = f.Record.Id[(f.Record.Id.LastIndexOf('#') + 1)..];
            var field = f.RuleId switch
            {
                RuleIds.FindDeeperThanClearance => "depthCm",
                RuleIds.FindModelUnknown => "model",
                RuleIds.FindModelCategory => "category",
                _ => "position",
            };
            return $"body.finds[{index}].{field}";
        }
        return f.RuleId switch
        {
            RuleIds.DateBeforeTask or RuleIds.DateOutOfOrder => "dateOfInformation",
            RuleIds.ProductivityManual or RuleIds.ProductivityDogs or RuleIds.DeploymentEffort => "body.deminerDays",
            RuleIds.ProductivityMachine => "body.machineHours",
            RuleIds.EoDensityReview or RuleIds.EoDensityReject => "body.finds",
            RuleIds.HazardDuplicate or RuleIds.HazardOverlap => "body.perimeter",
            _ => "body",
        };
    }

    private static ReportIssue Error(string field, string message) => new(field, Rules.Severity.Error, message);

    private static ReportIssue Error(string field, string messageId, IReadOnlyDictionary<string, string> args) =>
        new(field, Rules.Severity.Error, Texts.Render(messageId, args), messageId, args);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
