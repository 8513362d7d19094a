using Safeground.Core.Checks;
using Safeground.Core.Rules;

namespace Safeground.Contracts;

/// <summary>One data-quality or plausibility finding: its severity, rule, record, message, and the figure against the threshold when it has them.</summary>
/// <param name="Record">The record as one word ("hazard HA-1"); <see cref="RecordKind"/> and <see cref="RecordId"/> apart.</param>
public sealed record FindingView(
    Severity Severity,
    string Rule,
    string Record,
    string RecordKind,
    string RecordId,
    string Message,
    double? Figure,
    double? Threshold,
    string? Unit)
{
    public static FindingView From(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new FindingView(f.Severity, f.RuleId, f.Record.ToString(), f.Record.Kind, f.Record.Id, f.Message,
            Finite(f.Figure), Finite(f.Threshold), f.Unit);
    }

    // JSON has no infinity: a figure without bound is left out.
    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;
}
