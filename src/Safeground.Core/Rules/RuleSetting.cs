namespace Safeground.Core.Rules;

/// <summary>
/// One rule as a programme sets it: on or off, how severe a breach is, and its threshold (in the
/// rule's own unit, named in <see cref="Unit"/>; null for rules without a figure).
/// </summary>
public sealed record RuleSetting(
    Severity Severity,
    double? Threshold = null,
    string? Unit = null,
    bool Enabled = true,
    string? Description = null);
