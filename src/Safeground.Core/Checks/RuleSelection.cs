using Safeground.Core.Rules;

namespace Safeground.Core.Checks;

/// <summary>
/// Which rules a check runs: every rule, or the few a caller names. A dashboard's quality panel asks for three
/// rules; the rule families that hold none of them are not run at all, so the check costs a read of the store
/// instead of every plausibility test over it.
/// </summary>
public sealed class RuleSelection
{
    private readonly HashSet<string>? _only;

    private RuleSelection(HashSet<string>? only) => _only = only;

    /// <summary>Every rule the programme enables.</summary>
    public static RuleSelection All { get; } = new(null);

    /// <summary>The rules named, in order (null: every rule).</summary>
    public IReadOnlyList<string>? Only => _only?.Order(StringComparer.Ordinal).ToList();

    public bool Includes(string ruleId) => _only is null || _only.Contains(ruleId);

    /// <summary>Every rule id a check can run: the programme's and the built-in default's, sorted; the figures of a claim (check claim) are not rules of a store check.</summary>
    public static IReadOnlyList<string> Known(ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.Rules.Keys.Union(ProgrammeRules.Default.Rules.Keys, StringComparer.Ordinal).Where(id => !RuleIds.ClaimFigures.Contains(id)).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Only the rules <paramref name="ids"/> names (none named: every rule). Ids no rule has are returned in
    /// <paramref name="unknown"/> and left out, so the caller can refuse them by name rather than check nothing.
    /// </summary>
    public static RuleSelection Of(IEnumerable<string> ids, ProgrammeRules rules, out IReadOnlyList<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var known = Known(rules).ToHashSet(StringComparer.Ordinal);
        var named = ids.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        unknown = named.Where(i => !known.Contains(i)).ToList();
        var chosen = named.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        return named.Count == 0 ? All : new RuleSelection(chosen);
    }
}
