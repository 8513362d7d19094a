using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Sync;

/// <summary>
/// Writes one pulled batch into the kit in one transaction: new reports with their history, decisions the kit
/// lacked appended, and the projections of every hazard whose approved reports changed replayed from the kit's
/// approved reports, so the kit's state stays what <see cref="ProjectionRebuild"/> would make of it.
/// </summary>
internal sealed class KitUpdate(ISafegroundStore kit, ProgrammeRules rules)
{
    private sealed record Change(Report Report, bool WasApproved, bool IsApproved, ReportEvent? First, IReadOnlyList<ReportEvent> Events);

    public (int Added, int Updated, int Hazards) Apply(IReadOnlyList<SyncedReport> batch, string peer)
    {
        // Everything is read and computed first; the transaction then only writes.
        var changes = new List<Change>();
        foreach (var s in batch)
        {
            var history = s.History;
            if (history.Count == 0 || history[0].Status != ReportStatus.Submitted || history.Any(e => e.ReportId != s.Report.Id))
                throw SafegroundException.Invalid(Texts.Render("error.sync.report-came-without-history-that", ("peer", peer), ("report", s.Report.Id)));
            if (kit.FindReport(s.Report.Id) is not { } held)
            {
                changes.Add(new Change(s.Report, false, history[^1].Status == ReportStatus.Approved, history[0], history.Skip(1).ToList()));
                continue;
            }
            // The national history is a superset of the kit's: its submission is the kit's own (recorded at another
            // moment), and an event the kit holds has the same status and time.
            var kitEvents = kit.History(held.Report.Id);
            var missing = history.Where(e => e.Status != ReportStatus.Submitted && !kitEvents.Any(k => k.Status == e.Status && k.At == e.At)).ToList();
            if (missing.Count > 0)
                changes.Add(new Change(held.Report, held.Status == ReportStatus.Approved, missing[^1].Status == ReportStatus.Approved, null, missing));
        }
        var moved = changes.Where(c => c.WasApproved != c.IsApproved).ToList();
        var after = changes.ToDictionary(c => c.Report.Id, c => c.IsApproved, StringComparer.Ordinal);
        var touched = new SortedSet<string>(moved.SelectMany(c => c.Report.HazardIds()), StringComparer.Ordinal);

        var states = new List<HazardState>();
        bool rebuild = false;
        foreach (var hazardId in touched)
        {
            var approved = kit.ReportsOfHazard(hazardId)
                .Where(r => after.TryGetValue(r.Report.Id, out var now) ? now : r.Status == ReportStatus.Approved)
                .Select(r => r.Report)
                .Concat(changes.Where(c => c.First is not null && c.IsApproved && c.Report.Concerns(hazardId)).Select(c => c.Report))
                .Order(ReplayOrder.Instance)
                .ToList();
            if (HazardProjector.Replay(hazardId, approved, rules) is { } state) states.Add(state);
            else if (kit.FindHazard(hazardId) is not null) rebuild = true; // its creation is no longer approved: the store has no way to drop one hazard
        }
        var regions = states.ToDictionary(h => h.HazardId, h => h.Region, StringComparer.Ordinal);
        string? RegionOf(Report r) => r.HazardId is not { } id ? null : regions.TryGetValue(id, out var region) ? region : kit.FindHazard(id)?.Region;
        (List<HazardState> Hazards, List<Report> Approved)? full = rebuild ? FullReplay(after, changes) : null;

        using var tx = kit.BeginWrite();
        foreach (var c in changes)
        {
            if (c.First is not null) tx.AddReport(c.Report, c.First);
            foreach (var e in c.Events) tx.Record(e);
        }
        if (full is not null)
        {
            tx.ClearProjections();
            foreach (var h in full.Value.Hazards) tx.PutHazard(h);
            var all = full.Value.Hazards.ToDictionary(h => h.HazardId, h => h.Region, StringComparer.Ordinal);
            foreach (var r in full.Value.Approved) AddRows(tx, r, r.HazardId is { } id ? all.GetValueOrDefault(id) : null);
        }
        else
        {
            foreach (var h in states) tx.PutHazard(h);
            foreach (var c in moved)
            {
                if (c.WasApproved)
                {
                    tx.RemoveFinds(c.Report.Id);
                    tx.RemoveAccident(c.Report.Id);
                }
                else
                {
                    AddRows(tx, c.Report, RegionOf(c.Report));
                }
            }
        }
        tx.Commit();
        return (changes.Count(c => c.First is not null), changes.Count(c => c.First is null), full?.Hazards.Count ?? states.Count);
    }

    private static void AddRows(IStoreTransaction tx, Report r, string? region)
    {
        tx.AddFinds(ProjectionRows.Finds(r, region));
        if (ProjectionRows.Accident(r, region) is { } a) tx.PutAccident(a);
    }

    // Every projection again, as ProjectionRebuild makes them, from the kit's approved reports with this batch applied.
    private (List<HazardState> Hazards, List<Report> Approved) FullReplay(Dictionary<string, bool> after, List<Change> changes)
    {
        var approved = kit.Reports()
            .Where(r => after.TryGetValue(r.Report.Id, out var now) ? now : r.Status == ReportStatus.Approved)
            .Select(r => r.Report)
            .Concat(changes.Where(c => c.First is not null && c.IsApproved).Select(c => c.Report))
            .Order(ReplayOrder.Instance)
            .ToList();
        var byHazard = new SortedDictionary<string, List<Report>>(StringComparer.Ordinal);
        foreach (var r in approved)
            foreach (var h in r.HazardIds())
            {
                if (!byHazard.TryGetValue(h, out var list)) byHazard[h] = list = [];
                list.Add(r);
            }
        var hazards = new List<HazardState>();
        foreach (var (id, reports) in byHazard)
            if (HazardProjector.Replay(id, reports, rules) is { } state) hazards.Add(state);
        return (hazards, approved);
    }
}
