using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// productivity-manual, -machine and -dogs: per clearance progress report, the land it actually
/// released (its release events: only the still-hazardous part of what it claimed) divided by the
/// effort it reports, by the asset of the team that filed it: deminer-days for manual teams,
/// machine-hours for mechanical teams, team-days (reported as deminer-days) for dog teams.
/// A report without the effort figure for its asset is not measured.
/// </summary>
internal sealed class ProductivityChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) =>
        sink.IsEnabled(RuleIds.ProductivityManual) || sink.IsEnabled(RuleIds.ProductivityMachine) || sink.IsEnabled(RuleIds.ProductivityDogs);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        if (report.Body is not ClearanceProgress progress) return;
        var team = context.TeamOf(report.TeamId);
        if (team is null) return;
        var (rule, effort, message) = team.Asset switch
        {
            AssetKind.Manual => (RuleIds.ProductivityManual, progress.DeminerDays, "check.productivity-manual"),
            AssetKind.Mechanical => (RuleIds.ProductivityMachine, progress.MachineHours, "check.productivity-machine"),
            _ => (RuleIds.ProductivityDogs, progress.DeminerDays, "check.productivity-dogs"),
        };
        if (effort is not > 0 || !sink.IsEnabled(rule)) return;
        double released = context.Hazards.ClearedBy(report.Id);
        if (released <= 0) return;
        double rate = released / effort.Value;
        double limit = sink.Threshold(rule);
        if (rate <= limit) return;
        sink.Add(rule, RecordRef.Report(report.Id),
            message, TextArgs.Of(("report", report.Id), ("rate", rate), ("team", team.Id), ("limit", limit), ("released", released), ("effort", effort.Value)),
            rate, limit);
    }
}
