using Safeground.Core.Reports;

namespace Safeground.Contracts;

/// <summary>
/// A report in a list: what identifies it and where it stands, without its payload (follow <see cref="Href"/>).
/// <c>GET /api/v1/reports</c> pages them; <c>safeground report list --json</c> prints them as an array.
/// </summary>
/// <param name="AlreadyReceived">Only in the answer to a submission: true when the same report had been received before (nothing new stored).</param>
public sealed record ReportSummaryView(
    string Id,
    ReportKind Kind,
    string? Hazard,
    IReadOnlyList<string>? AlsoHazards,
    string Organisation,
    string? Team,
    DateOnly DateOfInformation,
    ReportStatus Status,
    string? StatusReason,
    string? Supersedes,
    string Href,
    bool? AlreadyReceived = null)
{
    public static ReportSummaryView From(ReportRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReportSummaryView(r.Report.Id, r.Report.Kind, r.Report.HazardId, r.Report.AlsoHazards, r.Report.OrganisationId, r.Report.TeamId,
            r.Report.DateOfInformation, r.Status, r.StatusReason, r.Report.Supersedes, ApiLinks.Report(r.Report.Id));
    }
}
