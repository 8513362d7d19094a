namespace Safeground.Core.Lifecycle;

/// <summary>
/// A report a bulk load stored but did not approve, because approving it would break an error rule: it waits in
/// the review queue (<c>report list --status submitted</c>) with <paramref name="Reason"/> in its history.
/// </summary>
/// <param name="RuleIds">The error rules it broke (empty when it was held back with the survey creating its hazard).</param>
public sealed record HeldBackReport(string ReportId, string? HazardId, string Reason, IReadOnlyList<string> RuleIds);
