namespace Safeground.Contracts;

/// <summary>Every report of a hazard the caller may see, whatever its status, in replay order.</summary>
public sealed record HazardReportsView(string Hazard, IReadOnlyList<ReportSummaryView> Items);
