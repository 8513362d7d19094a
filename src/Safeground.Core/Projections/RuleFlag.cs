using Safeground.Core.Rules;

namespace Safeground.Core.Projections;

/// <summary>
/// A land-release rule a report broke, or a correction Safeground made, found while replaying a
/// hazard: which report, which rule, how severe, and the figure against the threshold. Errors stop a
/// report from being approved; in data loaded in bulk (imports, legacy) they stay as flags for
/// `safeground check`.
/// </summary>
public sealed record RuleFlag(
    string ReportId,
    string RuleId,
    Severity Severity,
    string Message,
    double? Figure = null,
    double? Threshold = null);
