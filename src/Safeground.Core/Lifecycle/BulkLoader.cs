using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// Loads reports that arrive already approved (a demo operation, a migration of legacy records) in
/// one bulk transaction: each hazard's reports are replayed once instead of once per report.
/// Cancelled or failing, the transaction is rolled back and the store is as it was.
/// A report whose approval would raise an error flag is held back (<see cref="BulkHoldBack"/>): stored as submitted,
/// with the reason in its history, for a data manager's review queue, and left out of its hazard's state.
/// </summary>
/// <remarks>
/// Two stages, so that a large import keeps two cores busy: a producer thread enumerates the reports
/// (reading and parsing the input happens there), replays hazards and serializes payloads, while the
/// calling thread does every store write, commits and reports progress. The queue between them is
/// short, so memory does not grow with the input. A failure or cancellation on either side stops
/// both, and Load throws what it would have thrown doing everything on one thread.
/// </remarks>
public sealed class BulkLoader(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules)
{
    /// <summary>The rules the load replays and holds back by (the store's: the import's near-duplicate share comes from them too).</summary>
    public ProgrammeRules Rules => rules;

    // Items are a hazard's reports or one report (an import's report carries 1,000 finds): a few
    // in flight are enough to absorb jitter between the stages.
    private const int QueueCapacity = 8;

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
        // Reference data first and on this thread: the producer starts only after, so sources that
        // share state between their enumerables (a seeded generator) see the same order as before.
        foreach (var o in organisations) tx.Put(o);
        foreach (var t in teams) tx.Put(t);
        foreach (var d in deployments) tx.Put(d);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<Item>(QueueCapacity);
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                Produce(hazardReports, otherReports, approvedBy, now, queue, stop.Token);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "bulk load producer",
        };
        producer.Start();
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!queue.TryTake(out var item, Timeout.Infinite, cancellationToken)) break;
                foreach (var report in item.Reports) Add(tx, report, result);
                if (item.Hazard is { } hazard)
                {
                    tx.PutHazard(hazard);
                    result.Hazards++;
                    if (result.Hazards % 1000 == 0) progress?.Report(result);
                }
                else if (result.Reports % 1000 == 0) progress?.Report(result);
            }
        }
        finally
        {
            // Whatever ended the loop, the producer must be gone before the transaction is committed or
            // rolled back and before the caller reads what the producer counted.
            stop.Cancel();
            producer.Join();
        }
        // The caller's cancellation first: the producer may have stopped on it with its own token.
        cancellationToken.ThrowIfCancellationRequested();
        failure?.Throw();
        tx.Commit();
        progress?.Report(result);
        return result;
    }

    /// <summary>
    /// Adds approved reports to hazards the store already holds (a historical land-release import), in one bulk
    /// transaction: each hazard is replayed once with its approved reports and the new ones, and a new report that would
    /// raise an error, on itself or on a report already approved, is held back (<see cref="BulkHoldBack.SortAdded"/>).
    /// </summary>
    /// <remarks>
    /// On the calling thread alone, unlike <see cref="Load"/>: each hazard's approved reports are read from the store
    /// inside the write transaction, so no approval slips in between the replay and its write, and a store is not
    /// thread-safe. Such imports are thousands of reports, not the demo's hundreds of thousands.
    /// </remarks>
    /// <param name="replayed">Told each hazard's new state before it is written (the import's summary reads the released areas).</param>
    /// <param name="commit">False for a dry run: everything is written and checked, then rolled back.</param>
    /// <param name="unattached">Reports of no hazard (an accident outside any hazard), approved in the same transaction.</param>
    public BulkLoadResult LoadInto(
        IEnumerable<Organisation> organisations,
        IEnumerable<HazardAdditions> additions,
        string approvedBy,
        Action<HazardState>? replayed = null,
        bool commit = true,
        IEnumerable<ImportedReport>? unattached = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(additions);
        var now = clock.GetUtcNow();
        var result = new BulkLoadResult();
        using var tx = store.BeginWrite(WriteMode.Bulk);
        foreach (var o in organisations) tx.Put(o);
        foreach (var group in additions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.Reports.Count == 0) continue;
            var approved = store.ReportsOfHazard(group.HazardId, ReportStatus.Approved).Select(r => r.Report).ToList();
            if (approved.Count == 0)
                throw SafegroundException.NotFound(Texts.Render("error.report.hazard-no-non-technical-survey", ("hazardId", group.HazardId)));
            var added = group.Reports.Select(r => r.Report).ToList();
            var (state, held) = BulkHoldBack.SortAdded(group.HazardId, approved, added, rules);
            foreach (var r in group.Reports)
            {
                var prepared = held.TryGetValue(r.Report.Id, out var why)
                    ? HeldBack(r.Report, why, r.Source)
                    : Prepare(r.Report, state?.Region, approvedBy, now, r.Source);
                Add(tx, prepared, result);
            }
            if (state is null) continue;
            replayed?.Invoke(state);
            tx.PutHazard(state);
            result.Hazards++;
        }
        foreach (var r in unattached ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(tx, Prepare(r.Report, null, approvedBy, now, r.Source), result);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (commit) tx.Commit();
        return result;
    }

    private void Produce(
        IEnumerable<IReadOnlyList<Report>> hazardReports,
        IEnumerable<Report> otherReports,
        string approvedBy,
        DateTimeOffset now,
        BlockingCollection<Item> queue,
        CancellationToken stop)
    {
        foreach (var group in hazardReports)
        {
            stop.ThrowIfCancellationRequested();
            if (group.Count == 0) continue;
            var hazardId = group[0].HazardId ?? throw SafegroundException.Invalid(Texts.Render("error.report.report-has-no-hazard-id", ("group", group[0].Id)));
            var (state, held) = BulkHoldBack.Sort(hazardId, group, rules);
            var prepared = new PreparedReport[group.Count];
            for (int i = 0; i < group.Count; i++)
                prepared[i] = held.TryGetValue(group[i].Id, out var why) ? HeldBack(group[i], why) : Prepare(group[i], state?.Region, approvedBy, now);
            queue.Add(new Item(prepared, state), stop);
        }
        foreach (var report in otherReports)
        {
            stop.ThrowIfCancellationRequested();
            queue.Add(new Item([Prepare(report, null, approvedBy, now)], null), stop);
        }
    }

    private static PreparedReport Prepare(Report report, string? region, string approvedBy, DateTimeOffset now, string? source = null) => new(
        report,
        ReportJson.SerializeToUtf8(report),
        new ReportEvent(report.Id, ReportStatus.Submitted, report.SubmittedAt, report.SubmittedBy, source is null ? null : "imported from " + source),
        new ReportEvent(report.Id, ReportStatus.Approved, now, approvedBy, "bulk load"),
        ProjectionRows.Finds(report, region).ToList(),
        ProjectionRows.Accident(report, region),
        RiskEducation.RiskEducationRecord.Of(report, region),
        Casualties.IncidentRecord.Of(report));

    // Stored as submitted, the reason in its history: no approval, no finds or accident in the projections.
    private static PreparedReport HeldBack(Report report, HeldBackReport why, string? source = null) => new(
        report,
        ReportJson.SerializeToUtf8(report),
        new ReportEvent(report.Id, ReportStatus.Submitted, report.SubmittedAt, report.SubmittedBy,
            (source is null ? "" : "imported from " + source + "; ") + "held back by bulk load: " + why.Reason),
        null, [], null, null, null, why);

    private static void Add(IStoreTransaction tx, PreparedReport p, BulkLoadResult result)
    {
        tx.AddReport(p.Report, p.Submitted, p.Payload);
        result.Reports++;
        if (p.HeldBack is { } held)
        {
            result.HeldBack++;
            result.HeldBackReports.Add(held);
            return;
        }
        tx.Record(p.Approved!);
        if (p.Finds.Count > 0) tx.AddFinds(p.Finds);
        if (p.Accident is { } accident)
        {
            tx.PutAccident(accident);
            result.Accidents++;
        }
        if (p.Session is { } session) tx.PutRiskEducation(session);
        if (p.Incident is { } incident) tx.PutIncident(incident);
        result.Finds += p.Finds.Count;
    }

    /// <summary>A report with everything the store needs that can be computed without it.</summary>
    private sealed record PreparedReport(
        Report Report, byte[] Payload, ReportEvent Submitted, ReportEvent? Approved, List<FindRecord> Finds, AccidentRecord? Accident, RiskEducation.RiskEducationRecord? Session,
        Casualties.IncidentRecord? Incident,
        HeldBackReport? HeldBack = null);

    /// <summary>One hazard's reports with its replayed state (null: not created, its reports held back), or one other report.</summary>
    private sealed record Item(PreparedReport[] Reports, HazardState? Hazard);
}
