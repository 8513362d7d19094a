using Safeground.Core.Rules;

namespace Safeground.Core.Checks;

/// <summary>
/// One thing <c>safeground check</c> found: which rule, about which record, how severe, in plain words,
/// and the figure measured against the programme's threshold (in <see cref="Unit"/>) when the rule has one.
/// </summary>
public sealed record Finding(
    Severity Severity,
    string RuleId,
    RecordRef Record,
    string Message,
    double? Figure = null,
    double? Threshold = null,
    string? Unit = null);
