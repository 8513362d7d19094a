using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Sync;

/// <summary>
/// Exchanges reports by id between a field kit's store and the national side (<see cref="ISyncPeer"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Push: every report the kit holds that the national side lacks goes there as a new submission (the national
/// side validates it and applies its land-release rules). Refused ones are listed with the reason and sent again next
/// time. Decisions made on the kit are not sent: the national side decides.</item>
/// <item>Pull: the reports of the kit's area it lacks come with their history; for reports both hold, the decisions
/// the kit lacks are appended. The hazards they touch are replayed in the same transaction.</item>
/// <item>Batches of <see cref="BatchSize"/> reports, each committed atomically on its side. Every run recomputes the
/// difference by id, so running again after an interruption finishes the job without duplicating anything.</item>
/// </list>
/// Memory holds the two id lists and one batch, not the reports: a kit of 100,000 reports syncs in a few tens of MB.
/// </remarks>
public sealed class FieldKitSync(ISafegroundStore kit, ISyncPeer peer)
{
    public int BatchSize { get; init; } = 500;

    /// <summary>Told a short sentence after each committed batch (for a progress line).</summary>
    public Action<string>? Progress { get; init; }

    public SyncResult Run(CancellationToken cancel = default)
    {
        if (BatchSize < 1 || BatchSize > StorePeer.MaxBatch)
            throw SafegroundException.Invalid(Texts.Render("error.sync.sync-batch-reports-must-between", ("batchSize", BatchSize), ("maxBatch", StorePeer.MaxBatch)));
        var area = AreaOf(kit);
        var national = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in peer.Manifest(area, cancel))
        {
            if (national.TryAdd(e.Id, e)) order.Add(e.Id);
        }
        cancel.ThrowIfCancellationRequested();

        var (pushed, present, refused, decisions, held, pushBatches) = Push(national, cancel);

        var wanted = order.Where(id => !held.TryGetValue(id, out var k) || Learns(national[id], k)).ToList();
        int pulled = 0, updated = 0, hazards = 0, pullBatches = 0;
        // The kit replays with its own stored rules, so its projections stay what ProjectionRebuild makes of it.
        var update = new KitUpdate(kit, StoredProgramme.Of(kit));
        foreach (var chunk in wanted.Chunk(BatchSize))
        {
            cancel.ThrowIfCancellationRequested();
            var fetched = peer.Fetch(chunk, cancel);
            cancel.ThrowIfCancellationRequested();
            var (a, u, h) = update.Apply(fetched, peer.Location);
            pulled += a;
            updated += u;
            hazards += h;
            pullBatches++;
            Progress?.Invoke(Texts.Render("sync.progress.pulled", ("pulled", pulled + updated), ("wanted", wanted.Count)));
        }
        return new SyncResult(area.Region, pushed, present, refused, pulled, updated, hazards, decisions,
            SupersedeConflicts.Find(kit), pushBatches + pullBatches);
    }

    // The kit learns something from a report both hold only when the national side has decided on it differently.
    private static bool Learns(ManifestEntry national, (ReportStatus Status, DateTimeOffset? DecidedAt) kit) =>
        national.Status != ReportStatus.Submitted && (national.Status != kit.Status || national.DecidedAt != kit.DecidedAt);

    private (int Pushed, int Present, List<SubmissionOutcome> Refused, int Decisions,
        Dictionary<string, (ReportStatus, DateTimeOffset?)> Held, int Batches) Push(Dictionary<string, ManifestEntry> national, CancellationToken cancel)
    {
        int pushed = 0, present = 0, decisions = 0, batches = 0;
        var refused = new List<SubmissionOutcome>();
        var held = new Dictionary<string, (ReportStatus, DateTimeOffset?)>(StringComparer.Ordinal);
        var batch = new List<Report>(BatchSize);
        void Send()
        {
            cancel.ThrowIfCancellationRequested();
            foreach (var o in peer.Push(batch, cancel))
            {
                switch (o.Status)
                {
                    case SubmissionStatus.Accepted: pushed++; break;
                    case SubmissionStatus.AlreadyPresent: present++; break;
                    default: refused.Add(o); break;
                }
            }
            batches++;
            batch.Clear();
            Progress?.Invoke(Texts.Render("sync.progress.pushed", ("pushed", pushed + present + refused.Count)));
        }
        // The kit's reports stream in replay order, so a hazard's creating survey reaches the national side before the
        // reports that work on it.
        foreach (var r in kit.Reports())
        {
            held[r.Report.Id] = (r.Status, r.DecidedAt);
            bool decided = r.Status != ReportStatus.Submitted;
            if (national.TryGetValue(r.Report.Id, out var n))
            {
                if (decided && n.Status == ReportStatus.Submitted) decisions++;
                continue;
            }
            if (decided) decisions++;
            batch.Add(r.Report);
            if (batch.Count == BatchSize) Send();
        }
        if (batch.Count > 0) Send();
        return (pushed, present, refused, decisions, held, batches);
    }

    /// <summary>
    /// A kit made for one region (<c>safeground kit create --region R</c>) asks for that region, its own hazards and
    /// its own reports; a kit with no region or several asks for everything.
    /// </summary>
    public static SyncArea AreaOf(ISafegroundStore kit)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var regions = kit.Regions();
        if (regions.Count != 1) return SyncArea.Everything;
        var hazards = new SortedSet<string>(kit.Hazards().Select(h => h.HazardId), StringComparer.Ordinal);
        var reports = new List<string>();
        foreach (var r in kit.Reports())
        {
            if (r.Report.HazardId is null && (r.Report.AlsoHazards?.Count ?? 0) == 0) reports.Add(r.Report.Id);
            hazards.UnionWith(r.Report.HazardIds());
        }
        return new SyncArea(regions[0].Name, hazards, reports);
    }
}
