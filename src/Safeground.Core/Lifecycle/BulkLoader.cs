using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// Loads reports that arrive already approved (a demo operation, a migration of legacy records) in
/// one bulk transaction: each hazard's reports are replayed once instead of once per report.
/// Cancelled or failing, the transaction is rolled back and the store is as it was.
/// </summary>
public sealed class BulkLoader(ISafegroundStore store, TimeProvider clock)
{
    public BulkLoadResult Load(
        IEnumerable<Organisation> organisations,
        IEnumerable<Team> teams,
        IEnumerable<Deployment> deployments,
        IEnumerable<IReadOnlyList<Report>> hazardReports,
        IEnumerable<Report> otherReports,
        string approvedBy,
        IProgress<BulkLoadResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var result = new BulkLoadResult();
        using var tx = store.BeginWrite(WriteMode.Bulk);
        foreach (var o in organisations) tx.Put(o);
        foreach (var t in teams) tx.Put(t);
        foreach (var d in deployments) tx.Put(d);

        foreach (var group in hazardReports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.Count == 0) continue;
            var hazardId = group[0].HazardId ?? throw SafegroundException.Invalid($"report {group[0].Id} has no hazard id");
            var state = HazardProjector.Replay(hazardId, group)
                ?? throw SafegroundException.Invalid($"hazard {hazardId}: no non-technical survey creates it");
            foreach (var report in group) Add(tx, report, state.Region, approvedBy, now, result);
            tx.PutHazard(state);
            result.Hazards++;
            if (result.Hazards % 1000 == 0) progress?.Report(result);
        }
        foreach (var report in otherReports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(tx, report, null, approvedBy, now, result);
            if (result.Reports % 1000 == 0) progress?.Report(result);
        }
        cancellationToken.ThrowIfCancellationRequested();
        tx.Commit();
        progress?.Report(result);
        return result;
    }

    private static void Add(IStoreTransaction tx, Report report, string? region, string approvedBy, DateTimeOffset now, BulkLoadResult result)
    {
        tx.AddReport(report, new ReportEvent(report.Id, ReportStatus.Submitted, report.SubmittedAt, report.SubmittedBy, null));
        tx.Record(new ReportEvent(report.Id, ReportStatus.Approved, now, approvedBy, "bulk load"));
        var finds = ProjectionRows.Finds(report, region).ToList();
        if (finds.Count > 0) tx.AddFinds(finds);
        if (ProjectionRows.Accident(report, region) is { } accident)
        {
            tx.PutAccident(accident);
            result.Accidents++;
        }
        result.Reports++;
        result.Finds += finds.Count;
    }
}
