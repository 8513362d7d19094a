using Safeground.Core.Rules;

namespace Safeground.Cli.Commands;

/// <summary>How <c>safeground check</c> filters and prints its findings.</summary>
public sealed record CheckOptions(Severity MinSeverity, Severity? FailOn, bool Json, int TableLimit);
