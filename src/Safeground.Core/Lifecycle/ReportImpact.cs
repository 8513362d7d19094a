using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// What a report changes, for the data manager who must approve or reject it: each hazard it concerns replayed
/// from the approved reports without it and with it. Nothing is stored.
/// </summary>
/// <remarks>
/// The same replay approval makes (<see cref="ReportLifecycle.Approve"/>), so the "after" shown in review is the
/// state approval would write, rule flags included. For an approved report it shows what it changed; for a report
/// that supersedes another, "after" leaves the superseded one out, as approval would.
/// </remarks>
public static class ReportImpact
{
    public static IReadOnlyList<HazardChange> Of(IReportStore store, Report report, ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(report);
        var hazardIds = new List<string>(report.HazardIds());
        if (report.Supersedes is { } old && store.FindReport(old)?.Report is { } oldReport)
            hazardIds.AddRange(oldReport.HazardIds().Where(h => !hazardIds.Contains(h)));
        var changes = new List<HazardChange>(hazardIds.Count);
        foreach (var hazardId in hazardIds)
        {
            var approved = store.ReportsOfHazard(hazardId, ReportStatus.Approved)
                .Where(r => r.Report.Id != report.Id)
                .Select(r => r.Report)
                .ToList();
            var before = Projections.HazardProjector.Replay(hazardId, approved, rules);
            var after = Projections.HazardProjector.Replay(hazardId, approved.Where(r => r.Id != report.Supersedes).Append(report), rules);
            changes.Add(new HazardChange(hazardId, before, after));
        }
        return changes;
    }
}
