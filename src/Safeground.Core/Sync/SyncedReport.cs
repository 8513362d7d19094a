using Safeground.Core.Reports;

namespace Safeground.Core.Sync;

/// <summary>A report as the national side holds it, with its whole lifecycle history, oldest first (the submission first).</summary>
public sealed record SyncedReport(Report Report, IReadOnlyList<ReportEvent> History);
