namespace Safeground.Core.Reports;

/// <summary>One step in a report's history (submitted, approved, rejected, superseded): appended, never edited.</summary>
public sealed record ReportEvent(string ReportId, ReportStatus Status, DateTimeOffset At, string By, string? Reason);
