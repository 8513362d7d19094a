using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// Where rule families put their findings: it drops rules the programme disables and takes severity
/// and unit from the programme, so a family only says what it measured. <see cref="StoreCheck"/>
/// drains it after every record, so findings stream out instead of piling up.
/// </summary>
internal sealed class FindingSink(ProgrammeRules rules, RuleSelection? selection = null)
{
    private readonly RuleSelection _selection = selection ?? RuleSelection.All;

    private readonly List<Finding> _pending = [];

    public ProgrammeRules Rules => rules;

    public bool IsEnabled(string ruleId) => _selection.Includes(ruleId) && rules.IsEnabled(ruleId);

    public double Threshold(string ruleId) => rules.Threshold(ruleId);

    /// <summary>A finding whose message is the text <paramref name="messageId"/> with its figures.</summary>
    public void Add(string ruleId, RecordRef record, string messageId, IReadOnlyDictionary<string, string> args,
        double? figure = null, double? threshold = null, Severity? severity = null) =>
        Add(ruleId, record, Texts.Render(messageId, args), messageId, args, figure, threshold, severity);

    /// <summary>A finding whose message was written elsewhere (a replay's flag, another check's finding), kept as it is.</summary>
    public void Add(string ruleId, RecordRef record, string message, string? messageId, IReadOnlyDictionary<string, string>? args,
        double? figure = null, double? threshold = null, Severity? severity = null)
    {
        if (!_selection.Includes(ruleId)) return;
        // A flag stored by a newer Safeground may name a rule this one does not know: keep it as it was recorded.
        if (!rules.Rules.ContainsKey(ruleId) && !ProgrammeRules.Default.Rules.ContainsKey(ruleId))
        {
            _pending.Add(new Finding(severity ?? Severity.Warning, ruleId, record, message, figure, threshold, null, messageId, args));
            return;
        }
        var setting = rules[ruleId];
        if (!setting.Enabled) return;
        _pending.Add(new Finding(severity ?? setting.Severity, ruleId, record, message, figure, threshold, setting.Unit, messageId, args));
    }

    /// <summary>The findings added since the last drain, oldest first.</summary>
    public IEnumerable<Finding> Drain()
    {
        if (_pending.Count == 0) yield break;
        var batch = _pending.ToArray();
        _pending.Clear();
        foreach (var f in batch) yield return f;
    }
}
