using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Memory;

// Reference data, reports and their history.
public sealed partial class MemoryStore
{
    public IReadOnlyList<Organisation> Organisations() => [.. State.Organisations.Values];

    public IReadOnlyList<Team> Teams() => [.. State.Teams.Values];

    public IReadOnlyList<Deployment> Deployments() => [.. State.Deployments.Values];

    public IReadOnlyList<Region> Regions() => [.. State.Regions.Values.Select(r => r with { Boundary = r.Boundary.Copy() })];

    public ReportRecord? FindReport(string reportId) =>
        State.Reports.TryGetValue(reportId, out var row) ? row.Record() : null;

    public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId) =>
        [.. State.ReplayOrder.Where(r => r.Concerns(hazardId)).Select(r => r.Record())];

    public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId, ReportStatus status) =>
        [.. State.ReplayOrder.Where(r => r.Status == status && r.Concerns(hazardId)).Select(r => r.Record())];

    public IEnumerable<ReportRecord> Reports(ReportStatus? status = null)
    {
        var rows = State.ReplayOrder;
        return (status is { } s ? rows.Where(r => r.Status == s) : rows).Select(r => r.Record());
    }

    public IEnumerable<ReportSummary> ApprovedReportSummaries() =>
        State.ReplayOrder.Where(r => r.Status == ReportStatus.Approved).Select(r => r.Summary());

    public IEnumerable<ReportHeader> ReportHeaders() => State.ReplayOrder.Select(r => r.Header());

    public IReadOnlyList<ReportEvent> History(string reportId) =>
        State.Events.TryGetValue(reportId, out var events) ? [.. events] : [];

    public Page<ReportRecord> QueryReports(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The row's columns, as the real stores' WHERE reads them: no payload parsed for a report that does not match.
        var matching = State.ReplayOrder.Where(r =>
            (query.Status is null || r.Status == query.Status)
            && (query.OrganisationId is null || string.Equals(r.OrganisationId, query.OrganisationId, StringComparison.Ordinal))
            && (query.HazardId is null || r.Concerns(query.HazardId))
            && (query.From is null || r.DateOfInformation >= query.From)
            && (query.To is null || r.DateOfInformation <= query.To));
        return Paging.Of(matching, query.Offset, query.Limit, r => r.Record());
    }
}
