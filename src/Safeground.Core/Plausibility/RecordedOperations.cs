using Safeground.Core.Hazards;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Core.Plausibility;

/// <summary>
/// The recorded deployments of a store, as figures a claim can be set against: m² cleared per
/// deminer-day, EO per m² cleared, EO per deminer-day, casualties per 100 deminers and per 1,000 EO.
/// Only approved reports count; the m² are those the hazards' replays actually released.
/// </summary>
public sealed class RecordedOperations
{
    public required string Store { get; init; }
    public required IReadOnlyList<DeploymentRecord> Deployments { get; init; }
    public required DeploymentRecord All { get; init; }

    /// <summary>Approved field reports that name no deployment, and so are left out.</summary>
    public long ReportsWithoutDeployment { get; init; }

    /// <summary>
    /// Two streaming passes: the approved reports (effort, finds, accidents per deployment) and the
    /// hazards (the m² each clearance report released). Memory holds one entry per clearance report id,
    /// not the reports themselves.
    /// </summary>
    public static RecordedOperations Compute(ISafegroundStore store, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var teams = store.Teams().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var d in store.Deployments())
            tallies[d.Id] = new Tally(d.Id, d.TeamId, teams.GetValueOrDefault(d.TeamId), d.Region);
        var releasedBy = new Dictionary<string, (Tally Tally, bool Manual, bool Machine)>(StringComparer.Ordinal);
        long withoutDeployment = 0;

        int seen = 0;
        foreach (var record in store.Reports(ReportStatus.Approved))
        {
            if (++seen % 4096 == 0) cancel.ThrowIfCancellationRequested();
            var r = record.Report;
            if (r.Body is not (ClearanceProgress or Completion or AccidentReport)) continue;
            if (r.DeploymentId is null) { withoutDeployment++; continue; }
            if (!tallies.TryGetValue(r.DeploymentId, out var t))
                tallies[r.DeploymentId] = t = new Tally(r.DeploymentId, r.TeamId, r.TeamId is null ? null : teams.GetValueOrDefault(r.TeamId), null);
            switch (r.Body)
            {
                case ClearanceProgress p:
                    bool manual = p.DeminerDays is > 0, machine = p.MachineHours is > 0;
                    long items = p.Finds.Sum(f => (long)f.Quantity);
                    t.DeminerDays += p.DeminerDays ?? 0;
                    t.MachineHours += p.MachineHours ?? 0;
                    t.Finds += items;
                    if (manual) t.ManualFinds += items;
                    releasedBy[r.Id] = (t, manual, machine);
                    break;
                case Completion c:
                    t.Finds += c.Finds.Sum(f => (long)f.Quantity);
                    releasedBy[r.Id] = (t, false, false);
                    break;
                case AccidentReport { IsDemining: true } a:
                    foreach (var v in a.Victims)
                        if (v.Outcome == Accidents.VictimOutcome.Killed) t.Killed++; else t.Injured++;
                    break;
            }
        }

        foreach (var h in store.Hazards())
        {
            if (++seen % 4096 == 0) cancel.ThrowIfCancellationRequested();
            foreach (var rel in h.Releases)
            {
                if (rel.Method != ReleaseMethod.Cleared || !releasedBy.TryGetValue(rel.ReportId, out var owner)) continue;
                owner.Tally.ClearedM2 += rel.AreaM2;
                if (owner.Manual) owner.Tally.ManualM2 += rel.AreaM2;
                if (owner.Machine) owner.Tally.MachineM2 += rel.AreaM2;
            }
        }

        var list = tallies.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => t.ToRecord()).ToList();
        var all = new DeploymentRecord("all", null, null,
            list.Where(d => d.Asset == AssetKind.Manual).Sum(d => d.TeamSize), null,
            list.Sum(d => d.DeminerDays), list.Sum(d => d.MachineHours), list.Sum(d => d.ClearedM2),
            list.Sum(d => d.ManualClearedM2), list.Sum(d => d.MachineClearedM2), list.Sum(d => d.Finds), list.Sum(d => d.ManualFinds),
            list.Sum(d => d.Killed), list.Sum(d => d.Injured));
        return new RecordedOperations { Store = store.Location, Deployments = list, All = all, ReportsWithoutDeployment = withoutDeployment };
    }

    private sealed class Tally(string id, string? teamId, Team? team, string? region)
    {
        public string Id { get; } = id;
        public double DeminerDays, MachineHours, ClearedM2, ManualM2, MachineM2;
        public long Finds, ManualFinds;
        public int Killed, Injured;

        public DeploymentRecord ToRecord() => new(Id, teamId ?? team?.Id, team?.Asset, team?.Size ?? 0, region,
            DeminerDays, MachineHours, ClearedM2, ManualM2, MachineM2, Finds, ManualFinds, Killed, Injured);
    }
}
