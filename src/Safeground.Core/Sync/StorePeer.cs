using NetTopologySuite.Geometries.Prepared;
using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Sync;

/// <summary>
/// The national side as a store: used directly (<c>safeground sync --with STORE</c>) and by the server's sync
/// endpoints, which pass the signed-in <see cref="Caller"/> so that <see cref="AccessPolicy"/> decides what is
/// listed, fetched and accepted. Without a caller (a store opened directly) everything is.
/// </summary>
public sealed class StorePeer(ISafegroundStore store, ReportLifecycle lifecycle, User? caller = null) : ISyncPeer
{
    /// <summary>Most reports one fetch or push takes: a batch must fit in memory on both sides.</summary>
    public const int MaxBatch = 1000;

    public string Location => store.Location;

    public User? Caller => caller;

    public IEnumerable<ManifestEntry> Manifest(SyncArea area, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(area);
        var inArea = area.Region is null ? null : AreaFilter(area);
        // Headers, not reports: a national store's 420,000 payloads are not parsed to list them.
        foreach (var h in store.ReportHeaders())
        {
            cancel.ThrowIfCancellationRequested();
            if (caller is not null && !AccessPolicy.CanSync(caller, h.OrganisationId, h.Status)) continue;
            if (inArea is not null && !inArea(h)) continue;
            yield return new ManifestEntry(h.Id, h.Status, h.DecidedAt);
        }
    }

    public IReadOnlyList<SyncedReport> Fetch(IReadOnlyList<string> ids, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckBatch(ids.Count, "fetch");
        var found = new List<SyncedReport>(ids.Count);
        foreach (var id in ids)
        {
            cancel.ThrowIfCancellationRequested();
            // Never victims' personal data: a kit gets it only when an admin makes the kit with it (kit create --include-personal-data).
            if (store.FindReport(id) is { } r && Receives(r)) found.Add(new SyncedReport(PersonalData.Withhold(r.Report), store.History(id)));
        }
        return found;
    }

    public IReadOnlyList<SubmissionOutcome> Push(IReadOnlyList<Report> reports, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(reports);
        CheckBatch(reports.Count, "push");
        cancel.ThrowIfCancellationRequested();
        // A caller delivers only for the organisations it may submit for, and only its own reports or those of users it may
        // deliver for; the others are refused one by one, with why (ReportLifecycle asks AccessPolicy).
        return lifecycle.SubmitAll(reports, caller);
    }

    private bool Receives(ReportRecord r) => caller is null || AccessPolicy.CanSync(caller, r.Report.OrganisationId, r.Status);

    private static void CheckBatch(int count, string what)
    {
        if (count > MaxBatch) throw SafegroundException.Invalid(Texts.Render("error.sync.sync-reports-one-batch-most", ("what", what), ("count", count), ("maxBatch", MaxBatch)));
    }

    // The region's hazards as the national side places them (the hazard's region), the hazards the kit holds, and
    // surveys in review whose perimeter meets the region's boundary (their hazard has no projection yet: only
    // for them is the payload read). An approved survey's hazard is placed by its projection's region.
    private Func<ReportHeader, bool> AreaFilter(SyncArea area)
    {
        var hazards = new HashSet<string>(area.Hazards, StringComparer.Ordinal);
        foreach (var h in store.QueryHazards(new HazardQuery(Region: area.Region, Limit: int.MaxValue)).Items) hazards.Add(h.HazardId);
        var reports = new HashSet<string>(area.Reports, StringComparer.Ordinal);
        var boundary = store.Regions().FirstOrDefault(g => g.Name == area.Region)?.Boundary is { } b ? PreparedGeometryFactory.Prepare(b) : null;
        return header =>
        {
            if (reports.Contains(header.Id) || header.HazardIds().Any(hazards.Contains)) return true;
            if (boundary is null || header.Kind != ReportKind.NonTechnicalSurvey || header.Status != ReportStatus.Submitted) return false;
            if (store.FindReport(header.Id)?.Report is not { Body: NonTechnicalSurvey { Perimeter: { } p } } report || !boundary.Intersects(p)) return false;
            // Reports come in replay order, the creating survey first: its hazard's later reports follow it.
            if (report.HazardId is { } created) hazards.Add(created);
            return true;
        };
    }
}
