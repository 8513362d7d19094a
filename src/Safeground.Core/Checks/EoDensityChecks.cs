using Safeground.Core.Projections;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// eo-density-review and eo-density-reject: EO items found on a hazard per m² its clearance released.
/// Review applies only once at least a hectare is cleared (a few mines on a 50 m² strip is not a
/// density); reject applies at any area. A hazard over the reject threshold is not also listed for review.
/// </summary>
internal sealed class EoDensityChecks : RuleFamily
{
    /// <summary>The least cleared area over which a density is worth reviewing (the rule's unit says "over at least 1 ha").</summary>
    public const double ReviewMinimumM2 = 10_000;

    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.EoDensityReview) || sink.IsEnabled(RuleIds.EoDensityReject);

    public override void Hazard(HazardState hazard, CheckContext context, FindingSink sink)
    {
        if (hazard.ClearedM2 <= 0 || hazard.FindCount == 0) return;
        double density = hazard.FindCount / hazard.ClearedM2;
        var record = RecordRef.Hazard(hazard.HazardId);
        IReadOnlyDictionary<string, string> What(double limit) =>
            TextArgs.Of(("hazard", hazard.HazardId), ("finds", hazard.FindCount), ("cleared", hazard.ClearedM2), ("density", density), ("limit", limit));
        if (sink.IsEnabled(RuleIds.EoDensityReject))
        {
            double reject = sink.Threshold(RuleIds.EoDensityReject);
            if (density > reject)
            {
                sink.Add(RuleIds.EoDensityReject, record, "check.eo-density-reject", What(reject), density, reject);
                return;
            }
        }
        if (!sink.IsEnabled(RuleIds.EoDensityReview) || hazard.ClearedM2 < ReviewMinimumM2) return;
        double review = sink.Threshold(RuleIds.EoDensityReview);
        if (density > review) sink.Add(RuleIds.EoDensityReview, record, "check.eo-density-review", What(review), density, review);
    }
}
