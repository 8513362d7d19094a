namespace Safeground.Contracts;

/// <summary>What a report changes (<c>GET /api/v1/reports/{id}/impact</c>): the report, the EO items it records, and each hazard before and after.</summary>
public sealed record ImpactView(ReportSummaryView Report, long Finds, IReadOnlyList<HazardImpactView> Hazards);
