using Safeground.Core.Lifecycle;

namespace Safeground.Contracts;

/// <summary>One report of a batch: accepted (and where it is now) or refused with the reason.</summary>
public sealed record BatchOutcomeView(string Id, string Outcome, string? Reason, string? Href)
{
    public static BatchOutcomeView From(SubmissionOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        bool accepted = o.Status == SubmissionStatus.Accepted;
        return new BatchOutcomeView(o.ReportId, accepted ? "accepted" : "refused", o.Reason, accepted ? ApiLinks.Report(o.ReportId) : null);
    }
}
