using Safeground.Core.Reports;

namespace Safeground.Core.Storage;

/// <summary>
/// The ledger: the reports as submitted and their lifecycle. What review, replay, sync and kits read; a caller
/// that only reads reports (a replay as of a day, a sync's manifest) asks for this role, not for the whole store.
/// </summary>
/// <remarks>
/// Every member answers from the store's own indexes: a national store holds 420,000 reports, and a member that
/// quietly scanned them all would be found only in production. The contract of <see cref="ISafegroundStore"/>
/// (committed reads, streaming, errors) applies.
/// </remarks>
public interface IReportStore
{
    ReportRecord? FindReport(string reportId);

    /// <summary>Every report of one hazard (its own and those whose release spans it), whatever its status, in replay order.</summary>
    IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId);

    /// <summary>
    /// The reports of one hazard with one status, in replay order: a replay reads only the approved ones, and a
    /// hazard may have hundreds in review (a kit's sync) whose payloads it need not parse. Stores filter in SQL.
    /// </summary>
    IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId, ReportStatus status);

    /// <summary>All reports (optionally of one status), in replay order.</summary>
    IEnumerable<ReportRecord> Reports(ReportStatus? status = null);

    /// <summary>
    /// The approved reports in replay order, without their payloads (team, deployment, effort from columns):
    /// what roll-ups by team, deployment and productivity need, streamed.
    /// </summary>
    IEnumerable<ReportSummary> ApprovedReportSummaries();

    /// <summary>
    /// Every report without its payload (<see cref="ReportHeader"/>), in replay order, streamed from columns:
    /// a sync's manifest of a national store.
    /// </summary>
    IEnumerable<ReportHeader> ReportHeaders();

    /// <summary>The lifecycle history of one report, oldest first.</summary>
    IReadOnlyList<ReportEvent> History(string reportId);

    /// <summary>
    /// One page of reports matching <paramref name="query"/>, in replay order, with the total that match,
    /// answered from the store's indexes.
    /// </summary>
    Page<ReportRecord> QueryReports(ReportQuery query);
}
