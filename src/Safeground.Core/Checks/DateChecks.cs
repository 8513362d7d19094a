using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// date-in-future (a date of information or an accident time after now), date-before-task (a report
/// dated before its deployment started) and date-out-of-order (submitted before the day it reports;
/// clearance reported after the completion of the same hazard).
/// </summary>
/// <remarks>
/// A report dated before its hazard was recorded is the replay's rule report-before-hazard, reported
/// from the hazard's flags; clearance after a completion that closed the hazard is the replay's
/// release-on-closed-hazard. Neither is reported twice here.
/// </remarks>
internal sealed class DateChecks : RuleFamily
{
    // The first completion of each hazard, by replay order (reports arrive in that order).
    private readonly Dictionary<string, (DateOnly Date, string ReportId)> _completed = new(StringComparer.Ordinal);

    public override bool Enabled(FindingSink sink) =>
        sink.IsEnabled(RuleIds.DateInFuture) || sink.IsEnabled(RuleIds.DateBeforeTask) || sink.IsEnabled(RuleIds.DateOutOfOrder);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        var record = RecordRef.Report(report.Id);
        if (report.DateOfInformation > context.Today)
            sink.Add(RuleIds.DateInFuture, record,
                "check.date-in-future", TextArgs.Of(("report", report.Id), ("date", report.DateOfInformation), ("today", context.Today)));
        if (report.Body is AccidentReport accident && accident.OccurredAt > context.Now)
            sink.Add(RuleIds.DateInFuture, record,
                "check.date-in-future.accident", TextArgs.Of(("report", report.Id), ("occurred", accident.OccurredAt), ("now", context.Now)));

        if (report.DeploymentId is { } d && context.Deployments.TryGetValue(d, out var deployment) && report.DateOfInformation < deployment.Start)
            sink.Add(RuleIds.DateBeforeTask, record,
                "check.date-before-task", TextArgs.Of(("report", report.Id), ("date", report.DateOfInformation), ("deployment", deployment.Id), ("start", deployment.Start)));

        var submittedOn = DateOnly.FromDateTime(report.SubmittedAt.DateTime); // the day in the submitter's own offset
        if (submittedOn < report.DateOfInformation)
            sink.Add(RuleIds.DateOutOfOrder, record,
                "check.date-out-of-order.submitted", TextArgs.Of(("report", report.Id), ("submitted", submittedOn), ("date", report.DateOfInformation)));

        if (report.HazardId is not { } hazardId) return;
        if (report.Body is Completion) _completed.TryAdd(hazardId, (report.DateOfInformation, report.Id));
        else if (report.Body is ClearanceProgress
                 && _completed.TryGetValue(hazardId, out var done)
                 && report.DateOfInformation > done.Date
                 && !context.Hazards.RefusedOnClosed(report.Id, hazardId))
            sink.Add(RuleIds.DateOutOfOrder, record,
                "check.date-out-of-order.after-completion",
                TextArgs.Of(("report", report.Id), ("hazard", hazardId), ("date", report.DateOfInformation), ("completion", done.ReportId), ("completed", done.Date)));
    }
}
