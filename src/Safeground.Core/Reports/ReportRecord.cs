namespace Safeground.Core.Reports;

/// <summary>A stored report with where it stands in its lifecycle.</summary>
public sealed record ReportRecord(Report Report, ReportStatus Status, string? StatusReason, DateTimeOffset? DecidedAt, string? DecidedBy);
