using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// deployment-effort: the deminer-days reported under a deployment (clearance progress reports) against
/// what its team could work: team size × days from the deployment's start to its last report
/// (inclusive; the planned days if the last report is dated before the start), times the threshold.
/// Mechanical teams are left out: their size counts machines and their effort is machine-hours.
/// For dog teams the size counts dog teams and the deminer-days are team-days.
/// </summary>
internal sealed class DeploymentEffortChecks : RuleFamily
{
    private readonly SortedDictionary<string, (double Days, DateOnly Last)> _reported = new(StringComparer.Ordinal);

    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.DeploymentEffort);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        if (report.DeploymentId is not { } id || report.Body is not ClearanceProgress { DeminerDays: > 0 } progress) return;
        var sum = _reported.GetValueOrDefault(id);
        _reported[id] = (sum.Days + progress.DeminerDays.Value, sum.Last > report.DateOfInformation ? sum.Last : report.DateOfInformation);
    }

    public override void Finish(CheckContext context, FindingSink sink)
    {
        double threshold = sink.Threshold(RuleIds.DeploymentEffort);
        foreach (var (id, (reported, last)) in _reported)
        {
            if (!context.Deployments.TryGetValue(id, out var deployment)) continue;
            var team = context.TeamOf(deployment.TeamId);
            if (team is null || team.Asset == AssetKind.Mechanical || team.Size <= 0) continue;
            int days = last.DayNumber - deployment.Start.DayNumber + 1;
            if (days <= 0) days = deployment.PlannedDays;
            double capacity = (double)team.Size * days;
            double share = reported / capacity;
            if (share <= threshold) continue;
            sink.Add(RuleIds.DeploymentEffort, RecordRef.Deployment(id),
                "check.deployment-effort", TextArgs.Of(("deployment", id), ("reported", reported), ("share", share), ("team", team.Id), ("size", team.Size),
                    ("days", days), ("start", deployment.Start), ("last", last), ("capacity", capacity), ("threshold", threshold)),
                share, threshold);
        }
    }
}
