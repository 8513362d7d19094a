using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Projections;

/// <summary>
/// A land-release rule a report broke, or a correction Safeground made, found while replaying a
/// hazard: which report, which rule, how severe, and the figure against the threshold. Errors stop a
/// report from being approved; in data loaded in bulk (imports, legacy) they stay as flags for
/// `safeground check`.
/// </summary>
/// <remarks>
/// The message is a text id with its figures (<see cref="MessageId"/>, <see cref="Args"/>), rendered in the
/// reader's language whenever <see cref="Message"/> is read; the stored state keeps the id and the arguments
/// (and the English sentence, for whoever reads the JSON by hand). Flags stored before messages had ids have
/// only the sentence, and <see cref="Message"/> is that sentence as stored.
/// </remarks>
/// <param name="NotApplied">The report was refused for this flag: its message says so (<c>rule.not-applied</c>).</param>
public sealed record RuleFlag(
    string ReportId,
    string RuleId,
    Severity Severity,
    string Message,
    double? Figure = null,
    double? Threshold = null,
    string? MessageId = null,
    IReadOnlyDictionary<string, string>? Args = null,
    bool? NotApplied = null)
{
    private readonly string _stored = Message;

    public string Message
    {
        get => MessageId is { } id ? Rendered(id) : _stored;
        init => _stored = value;
    }

    /// <summary>A flag whose message is the text <paramref name="messageId"/> with <paramref name="args"/>.</summary>
    public static RuleFlag Of(string reportId, string ruleId, Severity severity, string messageId,
        IReadOnlyDictionary<string, string> args, double? figure = null, double? threshold = null, bool? notApplied = null) =>
        new(reportId, ruleId, severity, "", figure, threshold, messageId, args, notApplied);

    private string Rendered(string id)
    {
        var message = Texts.Render(id, Args);
        return NotApplied == true ? Texts.Render("rule.not-applied", ("message", message)) : message;
    }

    // By what a reader sees, not by the arguments' dictionary instance: replays compared with rebuilds must agree.
    public bool Equals(RuleFlag? other) =>
        other is not null && ReportId == other.ReportId && RuleId == other.RuleId && Severity == other.Severity
        && Figure == other.Figure && Threshold == other.Threshold && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(ReportId, RuleId, Severity, Figure, Threshold, Message);
}
