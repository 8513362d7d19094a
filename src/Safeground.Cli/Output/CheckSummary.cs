using Safeground.Core.Checks;
using Safeground.Core.Rules;

namespace Safeground.Cli.Output;

/// <summary>Counts of findings by severity and by rule, kept while the findings stream past.</summary>
public sealed class CheckSummary
{
    public long Total { get; private set; }
    public SortedDictionary<Severity, long> BySeverity { get; } = [];
    public SortedDictionary<string, SortedDictionary<Severity, long>> ByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>The most severe finding's severity; null when there were none.</summary>
    public Severity? Worst { get; private set; }

    public void Add(Finding f)
    {
        Total++;
        BySeverity[f.Severity] = BySeverity.GetValueOrDefault(f.Severity) + 1;
        if (!ByRule.TryGetValue(f.RuleId, out var rule)) ByRule[f.RuleId] = rule = [];
        rule[f.Severity] = rule.GetValueOrDefault(f.Severity) + 1;
        if (Worst is null || f.Severity > Worst) Worst = f.Severity;
    }
}
