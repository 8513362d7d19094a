namespace Safeground.Core.Rules;

/// <summary>How much a finding matters: info to read, warning to review, error to fix before the figure is believed.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
