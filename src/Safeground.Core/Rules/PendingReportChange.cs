using Safeground.Core.Projections;

namespace Safeground.Core.Rules;

/// <summary>A submitted report whose verdict a change of rules turned: the errors it now breaks (none: it no longer fails).</summary>
public sealed record PendingReportChange(string ReportId, IReadOnlyList<RuleFlag> Errors)
{
    /// <summary>"R1 (clearing-cancelled-land: …)", or just the id when it no longer fails.</summary>
    public string Describe() => Errors.Count == 0
        ? ReportId
        : $"{ReportId} ({string.Join("; ", Errors.Select(e => $"{e.RuleId}: {e.Message}"))})";
}
