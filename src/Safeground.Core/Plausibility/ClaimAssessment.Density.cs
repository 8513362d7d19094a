using Safeground.Core.Rules;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    private sealed partial class Assessor
    {
        /// <summary>EO per m²: the claim's devices over its area, against the review and reject densities and published figures.</summary>
        public void Density()
        {
            const string id = "eo-density", label = "EO density", unit = "items/m²";
            if (claim.Devices is not { } devices || Area is not { } area) { Missing(label, ("--devices", claim.Devices is not null), ("--area", Area is not null)); return; }
            double review = T(RuleIds.EoDensityReview), reject = T(RuleIds.EoDensityReject);
            string reference = $"review above {N(review)}/m² over ≥ 1 ha, reject above {N(reject)}/m² ({ReferenceFigures.DensityText})";
            if (area == 0)
            {
                if (devices > 0) Impossible(id, label, unit, reference, $"{N(devices)} devices on no land at all: the area cannot be zero.");
                else Notes.Add($"{label}: not assessed, no devices over no area");
                return;
            }
            double v = devices / area;
            var placed = Place(v, d => d.FindsPerM2, "items/m²");
            if (devices == 0)
            {
                Add(new ClaimFigure(id, label, 0, unit, reference, Verdict.Plausible,
                    "No devices: common when land is released by survey or clearance finds nothing.", null, placed));
                return;
            }
            string every = $"one item every {N(1 / v)} m²";
            string world = $"{Times(v / ReferenceFigures.WorldApMinesPerM2)} the world 2023 average (0.00057 AP mines/m²)";
            string sriLanka = v > ReferenceFigures.SriLankaPerM2 ? "denser than Sri Lanka 2017 (0.0096)" : "less dense than Sri Lanka 2017 (0.0096)";
            if (rules.IsEnabled(RuleIds.EoDensityReject) && v > reject)
            {
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReject),
                    $"{every}: denser than the programme's limit of {N(reject)}/m² and than the densest fields ever verified (~1 AT mine per m², HALO Trust); "
                    + "officials' \"2–5 per m²\" are unverified. Not believable without evidence.", RuleIds.EoDensityReject, placed));
            }
            else if (rules.IsEnabled(RuleIds.EoDensityReview) && v > review && area >= 10_000)
            {
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReview),
                    $"{every} over {N(area / 10_000)} ha: above the review density {N(review)}/m², {world}; only the densest minefields come near it.",
                    RuleIds.EoDensityReview, placed));
            }
            else if (v > review)
            {
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    $"{every}: dense, but over less than 1 ha, where one cluster or a stockpile can give such a figure.", RuleIds.EoDensityReview, placed));
            }
            else
            {
                string below = $"below the review density {N(review)}/m²";
                string verdict = v > ReferenceFigures.SriLankaPerM2 ? "a dense minefield, but " + below : below;
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    $"{every}: {world}, {sriLanka}; {verdict}.", RuleIds.EoDensityReview, placed));
            }
        }
    }
}
