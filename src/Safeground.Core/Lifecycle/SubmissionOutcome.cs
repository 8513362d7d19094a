namespace Safeground.Core.Lifecycle;

/// <summary>One report's outcome in a batch submission, with the receiving side's reason when it was refused.</summary>
public sealed record SubmissionOutcome(string ReportId, SubmissionStatus Status, string? Reason = null);
