namespace Safeground.Contracts;

/// <summary>The answer to an approval: the report as it now stands and its hazards as the approval left them.</summary>
public sealed record ApprovalView(ReportSummaryView Report, IReadOnlyList<HazardSummaryView> Hazards);
