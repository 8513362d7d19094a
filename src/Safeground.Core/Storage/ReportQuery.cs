using Safeground.Core.Reports;

namespace Safeground.Core.Storage;

/// <summary>Which reports, and which page of them, in replay order. Every filter is optional; dates are the date of information, inclusive.</summary>
public sealed record ReportQuery(
    ReportStatus? Status = null,
    string? OrganisationId = null,
    string? HazardId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = 100,
    int Offset = 0)
{
    /// <summary>Whether a report passes the filters (for stores without an indexed query).</summary>
    public bool Matches(ReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var r = record.Report;
        return (Status is null || record.Status == Status)
            && (OrganisationId is null || r.OrganisationId == OrganisationId)
            && (HazardId is null || r.Concerns(HazardId))
            && (From is null || r.DateOfInformation >= From)
            && (To is null || r.DateOfInformation <= To);
    }
}
