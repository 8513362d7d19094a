using Safeground.Core.Rules;

namespace Safeground.Core.Checks;

/// <summary>
/// One thing <c>safeground check</c> found: which rule, about which record, how severe, in plain words,
/// and the figure measured against the programme's threshold (in <see cref="Unit"/>) when the rule has one.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is rendered in the reader's language when the finding is made; <see cref="MessageId"/>
/// and <see cref="Args"/> let a client render it in its own (null for a flag stored before messages had ids).
/// </remarks>
public sealed record Finding(
    Severity Severity,
    string RuleId,
    RecordRef Record,
    string Message,
    double? Figure = null,
    double? Threshold = null,
    string? Unit = null,
    string? MessageId = null,
    IReadOnlyDictionary<string, string>? Args = null);
