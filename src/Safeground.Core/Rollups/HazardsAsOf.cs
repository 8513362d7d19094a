using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Core.Rollups;

/// <summary>
/// The hazards of a store as they stood at the end of one day: each hazard's approved reports dated on or
/// before that day, replayed by <see cref="HazardProjector"/>. A hazard recorded after the day did not exist
/// then and is left out.
/// </summary>
/// <remarks>
/// Replay order is date of information first, so the reports up to a day are a prefix of a hazard's history
/// and a hazard whose last approved report is on or before the day is exactly its stored state: only the
/// hazards with a later report are replayed (reading their reports from the store once the hazard stream is
/// done, since a store's enumeration must finish before the next query). The count replayed is kept in
/// <see cref="Replayed"/> for the benchmarks.
/// </remarks>
/// <param name="ledger">Where a replayed hazard's approved reports are read (<see cref="IReportStore.ReportsOfHazard(string, ReportStatus)"/>).</param>
/// <param name="store">Where the stored hazard states are read.</param>
public sealed class HazardsAsOf(IReportStore ledger, IProjectionStore store, DateOnly? day, ProgrammeRules rules)
{
    /// <summary>The hazards of one store as they stood at the end of <paramref name="day"/> (every stored state when null).</summary>
    public HazardsAsOf(ISafegroundStore store, DateOnly? day, ProgrammeRules rules) : this(store, store, day, rules) { }

    /// <summary>How many hazards the last enumeration replayed (the others were their stored state).</summary>
    public int Replayed { get; private set; }

    /// <summary>Every hazard recorded by the day, as it stood then; with no day, the stored states.</summary>
    public IEnumerable<HazardState> States()
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rules);
        Replayed = 0;
        if (day is not { } end)
        {
            foreach (var h in store.Hazards()) yield return h;
            yield break;
        }
        var later = new List<string>();
        foreach (var h in store.Hazards())
        {
            if (h.CreatedOn > end) continue;
            if (h.LastReportOn <= end) yield return h;
            else later.Add(h.HazardId);
        }
        foreach (var id in later)
        {
            var reports = ledger.ReportsOfHazard(id, ReportStatus.Approved)
                .Select(r => r.Report)
                .Where(r => r.DateOfInformation <= end)
                .ToList();
            Replayed++;
            if (HazardProjector.Replay(id, reports, rules) is { } state) yield return state;
        }
    }

    /// <summary>One hazard's state at the end of <paramref name="end"/>: null if it was not recorded by then.</summary>
    public static HazardState? Of(string hazardId, IEnumerable<Report> approvedReports, DateOnly end, ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(approvedReports);
        return HazardProjector.Replay(hazardId, approvedReports.Where(r => r.DateOfInformation <= end), rules);
    }
}
