using Safeground.Core.Checks;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Contracts;

/// <summary>Counts of findings by severity and by rule, kept while the findings stream past (a national check has millions).</summary>
public sealed class FindingTally
{
    public long Total { get; private set; }
    public SortedDictionary<Severity, long> BySeverity { get; } = [];
    public SortedDictionary<string, SortedDictionary<Severity, long>> ByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>The most severe finding's severity; null when there were none.</summary>
    public Severity? Worst { get; private set; }

    public void Add(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        Total++;
        BySeverity[f.Severity] = BySeverity.GetValueOrDefault(f.Severity) + 1;
        if (!ByRule.TryGetValue(f.RuleId, out var rule)) ByRule[f.RuleId] = rule = [];
        rule[f.Severity] = rule.GetValueOrDefault(f.Severity) + 1;
        if (Worst is null || f.Severity > Worst) Worst = f.Severity;
    }

    /// <summary>The counts as the contract has them: every severity (most severe first), each rule's severities present (most severe first).</summary>
    /// <param name="failOn">The CLI's --fail-on: the summary then says whether the check failed.</param>
    public CheckSummaryView ToView(Severity? failOn = null, bool withFailOn = false) => new(
        Total,
        Enum.GetValues<Severity>().Reverse().ToDictionary(MapAttributes.Word, s => BySeverity.GetValueOrDefault(s)),
        ByRule.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, long>)r.Value.Reverse().ToDictionary(s => MapAttributes.Word(s.Key), s => s.Value), StringComparer.Ordinal),
        failOn,
        withFailOn ? failOn is { } worst && Worst is { } found && found >= worst : null);
}
