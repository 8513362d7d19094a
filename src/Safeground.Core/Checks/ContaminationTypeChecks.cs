using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// contamination-type-disagrees: a hazard whose stated contamination type is not what its EO (suspected and found)
/// suggests (<see cref="ContaminationSuggestion"/>): an AP mine found on land stated as battle area, say. A note for
/// the data manager, not an error: a survey may know better than the finds (one stray UXO on a mined field). A hazard
/// no survey typed has nothing to disagree with; one without EO has no suggestion.
/// </summary>
internal sealed class ContaminationTypeChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.ContaminationTypeDisagrees);

    public override void Hazard(HazardState hazard, CheckContext context, FindingSink sink)
    {
        if (hazard.ContaminationType is not { } stated || ContaminationSuggestion.Of(hazard) is not { } suggested || stated == suggested) return;
        sink.Add(RuleIds.ContaminationTypeDisagrees, RecordRef.Hazard(hazard.HazardId), "check.contamination-type-disagrees",
            TextArgs.Of(("hazard", hazard.HazardId), ("stated", Words.Id(stated)), ("suggested", Words.Id(suggested))));
    }
}
