using Safeground.Core.Rules;

namespace Safeground.Cli.Commands;

/// <summary>How <c>safeground check</c> filters and prints its findings.</summary>
/// <param name="Rules">Only these rule ids (--rule; none: every rule).</param>
public sealed record CheckOptions(Severity MinSeverity, Severity? FailOn, bool Json, int TableLimit, IReadOnlyList<string>? Rules = null);
