using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// Submit → approve or reject; supersede. The use cases every host calls. Approving a report replays
/// its hazard from all approved reports and writes the new projection in the same transaction as the
/// status change, so the stored state never disagrees with the reports behind it.
/// </summary>
public sealed class ReportLifecycle(ISafegroundStore store, TimeProvider clock)
{
    public ReportRecord Submit(Report report)
    {
        ReportValidation.Check(report, clock.GetUtcNow());
        if (store.FindReport(report.Id) is not null)
            throw SafegroundException.Conflict($"report {report.Id} already exists");
        if (report.Supersedes is { } old)
        {
            var target = store.FindReport(old) ?? throw SafegroundException.NotFound($"report {report.Id} supersedes {old}, which does not exist");
            if (target.Status != ReportStatus.Approved)
                throw SafegroundException.Conflict($"report {report.Id} supersedes {old}, which is {Wire(target.Status)}: only an approved report can be superseded");
            if (string.IsNullOrWhiteSpace(report.SupersedeReason))
                throw SafegroundException.Invalid($"report {report.Id} supersedes {old} but gives no reason");
        }
        var submitted = new ReportEvent(report.Id, ReportStatus.Submitted, clock.GetUtcNow(), report.SubmittedBy, null);
        using var tx = store.BeginWrite();
        tx.AddReport(report, submitted);
        tx.Commit();
        return new ReportRecord(report, ReportStatus.Submitted, null, null, null);
    }

    public ReportRecord Approve(string reportId, string approvedBy)
    {
        var record = Pending(reportId, "approve");
        var report = record.Report;
        var approved = new ReportEvent(reportId, ReportStatus.Approved, clock.GetUtcNow(), approvedBy, null);

        using var tx = store.BeginWrite();
        tx.Record(approved);
        string? superseded = null;
        if (report.Supersedes is { } old)
        {
            superseded = old;
            tx.Record(new ReportEvent(old, ReportStatus.Superseded, approved.At, approvedBy, $"superseded by {reportId}: {report.SupersedeReason}"));
            tx.RemoveFinds(old);
            tx.RemoveAccident(old);
        }
        var hazardIds = new HashSet<string>(StringComparer.Ordinal);
        if (report.HazardId is { } h) hazardIds.Add(h);
        if (superseded is not null && store.FindReport(superseded)?.Report.HazardId is { } oldHazard) hazardIds.Add(oldHazard);

        HazardState? hazard = null;
        foreach (var hazardId in hazardIds)
        {
            var reports = ApprovedReportsOf(hazardId, except: superseded).Append(report);
            var state = HazardProjector.Replay(hazardId, reports);
            if (state is null && hazardId == report.HazardId)
                throw SafegroundException.Conflict($"report {reportId} is for hazard {hazardId}, which no approved non-technical survey has created");
            if (state is not null) tx.PutHazard(state);
            if (hazardId == report.HazardId) hazard = state;
        }
        tx.AddFinds(ProjectionRows.Finds(report, hazard?.Region));
        if (ProjectionRows.Accident(report, hazard?.Region) is { } accident) tx.PutAccident(accident);
        tx.Commit();
        return new ReportRecord(report, ReportStatus.Approved, null, approved.At, approvedBy);
    }

    public ReportRecord Reject(string reportId, string rejectedBy, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw SafegroundException.Invalid($"rejecting report {reportId} needs a reason the author can act on");
        var record = Pending(reportId, "reject");
        var rejected = new ReportEvent(reportId, ReportStatus.Rejected, clock.GetUtcNow(), rejectedBy, reason);
        using var tx = store.BeginWrite();
        tx.Record(rejected);
        tx.Commit();
        return record with { Status = ReportStatus.Rejected, StatusReason = reason, DecidedAt = rejected.At, DecidedBy = rejectedBy };
    }

    private ReportRecord Pending(string reportId, string verb)
    {
        var record = store.FindReport(reportId) ?? throw SafegroundException.NotFound($"report {reportId} does not exist");
        if (record.Status != ReportStatus.Submitted)
            throw SafegroundException.Conflict($"cannot {verb} report {reportId}: it is already {Wire(record.Status)}");
        return record;
    }

    private IEnumerable<Report> ApprovedReportsOf(string hazardId, string? except) =>
        store.ReportsOfHazard(hazardId)
            .Where(r => r.Status == ReportStatus.Approved && r.Report.Id != except)
            .Select(r => r.Report);

    private static string Wire(ReportStatus s) => s.ToString().ToLowerInvariant();
}
