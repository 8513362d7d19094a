using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    private sealed partial class Assessor
    {
        /// <summary>EO per m²: the claim's devices over its area, against the review and reject densities and published figures.</summary>
        public void Density()
        {
            const string id = "eo-density";
            string label = R("claim.eo-density.label"), unit = R("unit.items-per-m2");
            if (claim.Devices is not { } devices || Area is not { } area) { Missing(label, ("--devices", claim.Devices is not null), ("--area", Area is not null)); return; }
            double review = T(RuleIds.EoDensityReview), reject = T(RuleIds.EoDensityReject);
            string reference = R("claim.eo-density.reference", ("review", review), ("reject", reject), ("figures", R("claim.density-figures")));
            if (area == 0)
            {
                if (devices > 0) Impossible(id, label, unit, reference, R("claim.eo-density.no-area", ("devices", devices)));
                else Notes.Add(R("claim.eo-density.not-assessed", ("figure", label)));
                return;
            }
            double v = devices / area;
            var placed = Place(v, d => d.FindsPerM2, unit);
            if (devices == 0)
            {
                Add(new ClaimFigure(id, label, 0, unit, reference, Verdict.Plausible,
                    R("claim.eo-density.none"), null, placed));
                return;
            }
            string every = R("claim.eo-density.every", ("area", 1 / v));
            string world = R("claim.eo-density.world", ("times", Times(v / ReferenceFigures.WorldApMinesPerM2)));
            string sriLanka = v > ReferenceFigures.SriLankaPerM2 ? R("claim.eo-density.denser-than-sri-lanka") : R("claim.eo-density.less-dense-than-sri-lanka");
            if (rules.IsEnabled(RuleIds.EoDensityReject) && v > reject)
            {
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReject),
                    R("claim.eo-density.reject", ("every", every), ("reject", reject)), RuleIds.EoDensityReject, placed));
            }
            else if (rules.IsEnabled(RuleIds.EoDensityReview) && v > review && area >= 10_000)
            {
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReview),
                    R("claim.eo-density.review", ("every", every), ("ha", area / 10_000), ("review", review), ("world", world)),
                    RuleIds.EoDensityReview, placed));
            }
            else if (v > review)
            {
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    R("claim.eo-density.dense-small", ("every", every)), RuleIds.EoDensityReview, placed));
            }
            else
            {
                string verdict = v > ReferenceFigures.SriLankaPerM2
                    ? R("claim.eo-density.dense-but-below", ("review", review)) : R("claim.eo-density.below", ("review", review));
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    R("claim.eo-density.plausible", ("every", every), ("world", world), ("sriLanka", sriLanka), ("verdict", verdict)), RuleIds.EoDensityReview, placed));
            }
        }
    }
}
