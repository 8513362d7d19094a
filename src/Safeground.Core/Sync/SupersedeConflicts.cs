using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Core.Sync;

/// <summary>
/// Finds competing corrections (<see cref="SupersedeConflict"/>). They arise when a field kit and the national side
/// correct the same report apart: a sync keeps both, and this surfaces them to a data manager instead of choosing.
/// </summary>
public static class SupersedeConflicts
{
    /// <summary>Every conflict in <paramref name="store"/>, ordered by the superseded report's id. Reads the pending reports only.</summary>
    public static IReadOnlyList<SupersedeConflict> Find(IReportStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var byTarget = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in store.Reports(ReportStatus.Submitted))
        {
            if (r.Report.Supersedes is not { } target) continue;
            if (!byTarget.TryGetValue(target, out var list)) byTarget[target] = list = [];
            list.Add(r.Report.Id);
        }
        var conflicts = new List<SupersedeConflict>();
        foreach (var (target, pending) in byTarget)
        {
            var status = store.FindReport(target)?.Status;
            if (status is null) continue; // a kit may hold a correction of a report it never received; the national side checks it
            if (pending.Count > 1 || status != ReportStatus.Approved)
                conflicts.Add(new SupersedeConflict(target, status.Value, pending.Order(StringComparer.Ordinal).ToList()));
        }
        return conflicts;
    }
}
