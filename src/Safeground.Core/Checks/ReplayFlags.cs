using Safeground.Core.Projections;
using Safeground.Core.Rules;

namespace Safeground.Core.Checks;

/// <summary>
/// The land-release rules the replay applied to each hazard's reports (<see cref="HazardState.RuleFlags"/>),
/// reported as findings: reports approved one by one cannot break the error rules, but data loaded in
/// bulk (imports, legacy records) can, and this is where it shows.
/// </summary>
internal sealed class ReplayFlags : RuleFamily
{
    public override bool Enabled(FindingSink sink) => true;

    public override void Hazard(HazardState hazard, CheckContext context, FindingSink sink)
    {
        foreach (var flag in hazard.RuleFlags)
        {
            // The replay may lower a rule's severity for a correction it made (a repaired polygon, an
            // absorbed sliver: info); otherwise the programme given to the check decides.
            Severity? severity = ProgrammeRules.Default.Rules.TryGetValue(flag.RuleId, out var setting) && flag.Severity == setting.Severity
                ? null
                : flag.Severity;
            sink.Add(flag.RuleId, RecordRef.Report(flag.ReportId), flag.Message, flag.MessageId, flag.Args, flag.Figure, flag.Threshold, severity);
        }
    }
}
