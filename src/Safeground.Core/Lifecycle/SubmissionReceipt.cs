using Safeground.Core.Reports;

namespace Safeground.Core.Lifecycle;

/// <summary>What <see cref="ReportLifecycle.SubmitOnce"/> did: stored the report now, or found it already received earlier.</summary>
/// <param name="Record">The report as stored (for a repeat: as first stored, with its status today).</param>
/// <param name="AlreadyReceived">True when the same report had been stored before and nothing was written now.</param>
public sealed record SubmissionReceipt(ReportRecord Record, bool AlreadyReceived);
