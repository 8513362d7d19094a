using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Rollups;

/// <summary>
/// A hazard's remaining area over time: its approved reports replayed by <see cref="HazardProjector.History"/>,
/// one point for the creating survey and one for each later report that changed the area or the hazard's status
/// (a completion whose land was already cleared still closes the hazard: that is the line a data manager signs).
/// </summary>
public static class HazardTimeline
{
    /// <summary>Below this change in m², a report did not change the area (round-off of a replay).</summary>
    private const double Unchanged = 1e-6;

    public static IReadOnlyList<TimelinePoint> Of(string hazardId, IEnumerable<Report> approvedReports, ProgrammeRules rules)
    {
        var points = new List<TimelinePoint>();
        HazardState? before = null;
        foreach (var (report, state) in HazardProjector.History(hazardId, approvedReports, rules))
        {
            double released = 0;
            Hazards.ReleaseMethod? method = null;
            foreach (var r in state.Releases)
            {
                if (!string.Equals(r.ReportId, report.Id, StringComparison.Ordinal)) continue;
                released += r.AreaM2;
                method ??= r.Method;
            }
            bool changed = before is null
                || Math.Abs(state.RemainingM2 - before.RemainingM2) > Unchanged
                || Math.Abs(state.OriginalM2 - before.OriginalM2) > Unchanged
                || state.Status != before.Status;
            if (changed)
            {
                points.Add(new TimelinePoint(report.DateOfInformation, report.Id, report.Kind, method, released, state.RemainingM2,
                    state.OriginalM2, state.CancelledM2, state.ReducedM2, state.ClearedM2, state.Status, state.ReopenedM2));
            }
            before = state;
        }
        return points;
    }

    /// <summary>The timeline of a stored hazard, from its approved reports.</summary>
    /// <exception cref="SafegroundException">NotFound: no such hazard in the store.</exception>
    public static IReadOnlyList<TimelinePoint> Of(ISafegroundStore store, string hazardId, ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(store);
        var reports = store.ReportsOfHazard(hazardId, ReportStatus.Approved).Select(r => r.Report).ToList();
        var points = Of(hazardId, reports, rules);
        if (points.Count == 0)
        {
            throw SafegroundException.NotFound(reports.Count == 0
                ? Texts.Render("error.timeline.no-hazard", ("location", store.Location), ("hazard", hazardId))
                : Texts.Render("error.timeline.not-created", ("location", store.Location), ("hazard", hazardId), ("count", reports.Count)));
        }
        return points;
    }
}
