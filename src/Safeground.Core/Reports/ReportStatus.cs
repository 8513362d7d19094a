namespace Safeground.Core.Reports;

/// <summary>Lifecycle of a report: submitted, then approved or rejected; an approved report can later be superseded.</summary>
public enum ReportStatus
{
    Submitted,
    Approved,
    Rejected,
    Superseded,
}
