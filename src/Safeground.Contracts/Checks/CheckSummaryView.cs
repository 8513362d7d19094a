using Safeground.Core.Rules;

namespace Safeground.Contracts;

/// <summary>
/// The findings counted: in all, by severity (every severity, most severe first) and by rule and severity.
/// <see cref="FailOn"/> and <see cref="Failed"/> only from <c>safeground check --fail-on</c>.
/// </summary>
public sealed record CheckSummaryView(
    long Findings,
    IReadOnlyDictionary<string, long> BySeverity,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ByRule,
    Severity? FailOn = null,
    bool? Failed = null);
