namespace Safeground.Core.Import;

/// <summary>One thing the importer did to, or refused about, one feature: where it is and why.</summary>
public sealed record ImportIssue(string Where, TriageOutcome Outcome, string Message);
