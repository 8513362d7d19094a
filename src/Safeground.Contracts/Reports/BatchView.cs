namespace Safeground.Contracts;

/// <summary>The answer to <c>POST /api/v1/reports/batch</c>: how many were stored, and each report's outcome in the batch's order.</summary>
public sealed record BatchView(int Stored, IReadOnlyList<BatchOutcomeView> Reports);
