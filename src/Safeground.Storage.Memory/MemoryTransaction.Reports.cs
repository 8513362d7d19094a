using System.Collections.Immutable;
using Safeground.Core;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Text;

namespace Safeground.Storage.Memory;

// Reference data, reports and their lifecycle.
internal sealed partial class MemoryTransaction
{
    public void Put(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Change(s => s with { Organisations = s.Organisations.SetItem(organisation.Id, organisation) });
    }

    public void Put(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        Change(s => s with { Teams = s.Teams.SetItem(team.Id, team) });
    }

    public void Put(Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        Change(s => s with { Deployments = s.Deployments.SetItem(deployment.Id, deployment) });
    }

    public void ReplaceRegions(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Change(s =>
        {
            var set = s.Regions.Clear();
            foreach (var region in regions)
            {
                if (set.ContainsKey(region.Name)) throw SafegroundException.Conflict(Texts.Render("store.region-twice", ("location", Location), ("region", region.Name)));
                set = set.Add(region.Name, region with { Boundary = region.Boundary.Copy() });
            }
            return s with { Regions = set };
        });
    }

    public void AddReport(Report report, ReportEvent firstEvent, ReadOnlyMemory<byte> payloadUtf8 = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(firstEvent);
        ThrowIfDone();
        if (!string.Equals(report.Id, firstEvent.ReportId, StringComparison.Ordinal))
        {
            throw SafegroundException.Invalid(Texts.Render("store.event-for-other-report", ("event", firstEvent.ReportId), ("report", report.Id)));
        }
        var payload = payloadUtf8.IsEmpty ? ReportJson.SerializeToUtf8(report) : payloadUtf8.ToArray();
        Change(s =>
        {
            if (s.Reports.ContainsKey(report.Id)) throw SafegroundException.Conflict(Texts.Render("store.report-exists", ("location", Location), ("report", report.Id)));
            var row = ReportRow.Of(report, firstEvent, payload);
            return s with
            {
                Reports = s.Reports.Add(row.Id, row),
                ReplayOrder = s.ReplayOrder.Add(row),
                Events = s.Events.SetItem(row.Id, [Stored(firstEvent)]),
            };
        });
    }

    public void Record(ReportEvent reportEvent)
    {
        ArgumentNullException.ThrowIfNull(reportEvent);
        Change(s =>
        {
            if (!s.Reports.TryGetValue(reportEvent.ReportId, out var row)) throw SafegroundException.NotFound(Texts.Render("store.no-report", ("location", Location), ("report", reportEvent.ReportId)));
            var moved = row.Moved(reportEvent);
            return s with
            {
                Reports = s.Reports.SetItem(row.Id, moved),
                ReplayOrder = s.ReplayOrder.Remove(row).Add(moved),
                Events = s.Events.SetItem(row.Id, s.Events.GetValueOrDefault(row.Id, []).Add(Stored(reportEvent))),
            };
        });
    }

    /// <summary>An event as stored: its instant in UTC (the real stores keep UTC text to the tick).</summary>
    private static ReportEvent Stored(ReportEvent e) => e with { At = e.At.ToUniversalTime() };
}
