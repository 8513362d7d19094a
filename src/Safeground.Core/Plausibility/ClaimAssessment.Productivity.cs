using Safeground.Core.Rules;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    private sealed partial class Assessor
    {
        /// <summary>m² per person a day: the claim's area over its people × days, against manual clearance rates.</summary>
        public void Productivity()
        {
            const string id = "area-per-person-day";
            string label = R("claim.area-per-person-day.label"), unit = R("unit.m2-per-person-day");
            if (Area is not { } area || PersonDays is not { } pd)
            {
                Missing(label, ("--area", Area is not null), ("--days", claim.Days is not null), ("--people", claim.People is not null));
                return;
            }
            double low = T(RuleIds.ManualRateLow), typical = T(RuleIds.ManualRateTypical), limit = T(RuleIds.ProductivityManual);
            string reference = R("claim.area-per-person-day.reference", ("low", low), ("typical", typical), ("limit", limit), ("rule", RuleIds.ProductivityManual));
            if (pd == 0)
            {
                if (area > 0) Impossible(id, label, unit, reference, R(claim.Days == 0 ? "claim.area-per-person-day.no-days" : "claim.area-per-person-day.no-people", ("area", area)), RuleIds.ProductivityManual);
                else Notes.Add(R("claim.area-per-person-day.not-assessed", ("figure", label)));
                return;
            }
            double v = area / pd;
            // Against manual deployments only: dog teams declare dog-team-days (800-900 m² each), not people's days.
            var placed = Place(v, d => d.Asset == Reference.AssetKind.Manual ? d.M2PerDeminerDay : null, R("unit.m2-per-deminer-day"));
            string each = R("claim.area-per-person-day.each", ("area", area), ("people", claim.People!.Value), ("days", claim.Days!.Value), ("value", v));
            if (rules.IsEnabled(RuleIds.ProductivityManual) && v > limit)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.ProductivityManual),
                    R("claim.area-per-person-day.above", ("each", each), ("times", Times(v / typical)), ("low", low), ("typical", typical), ("limit", limit)),
                    RuleIds.ProductivityManual, placed));
            else if (v > typical)
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    R("claim.area-per-person-day.faster", ("each", each), ("low", low), ("typical", typical), ("limit", limit)),
                    RuleIds.ProductivityManual, placed));
            else if (v >= low)
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    R("claim.area-per-person-day.typical", ("each", each), ("low", low), ("typical", typical)), RuleIds.ProductivityManual, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    R("claim.area-per-person-day.slower", ("each", each), ("low", low), ("typical", typical)),
                    RuleIds.ProductivityManual, placed));
        }

        /// <summary>What the area takes by hand at the typical rates, against the person-days the claim had.</summary>
        public void ByHand()
        {
            const string id = "deminer-days-needed";
            string label = R("claim.deminer-days-needed.label"), unit = R("unit.deminer-days");
            if (Area is not { } area || area == 0) { if (Area is null) Missing(label, ("--area", false)); return; }
            double low = T(RuleIds.ManualRateLow), typical = T(RuleIds.ManualRateTypical);
            double best = area / typical, worst = area / low;
            var parts = new List<string> { R("claim.deminer-days-needed.takes", ("area", area), ("best", best), ("typical", typical), ("worst", worst), ("low", low)) };
            if (claim.People is > 0 and var people) parts.Add(R("claim.deminer-days-needed.days-for", ("days", best / people), ("people", people)));
            if (claim.Days is > 0 and var days) parts.Add(R("claim.deminer-days-needed.deminers", ("deminers", Math.Ceiling(best / days)), ("days", days)));
            if (PersonDays is > 0 and var pd) parts.Add(R("claim.deminer-days-needed.claim-had", ("personDays", pd), ("percent", pd / best * 100)));
            Add(new ClaimFigure(id, label, best, unit, R("claim.deminer-days-needed.reference", ("typical", typical), ("worst", worst), ("low", low)), Verdict.NotJudged,
                R("claim.sentence", ("parts", string.Join(R("claim.part-separator"), parts))), RuleIds.ManualRateTypical));
        }

        /// <summary>Whether machines or dogs could explain the area in the claim's days: how many it would take.</summary>
        public void MachinesAndDogs()
        {
            if (Area is not { } area || claim.Days is not { } days)
            {
                Missing(R("claim.machines-or-dogs.label"), ("--area", Area is not null), ("--days", claim.Days is not null));
                return;
            }
            if (area == 0) return;
            if (days == 0) { Notes.Add(R("claim.machines-or-dogs.zero-days", ("figure", R("claim.machines-or-dogs.label")))); return; }
            double hours = T(RuleIds.WorkingHoursPerDay), top = T(RuleIds.MachineRateTypical), bottom = T(RuleIds.MachineRateLow), dog = T(RuleIds.DogRateTypical);
            double machines = area / (days * hours * top), slowMachines = area / (days * hours * bottom);
            Add(new ClaimFigure("machines-needed", R("claim.machines-needed.label"), machines, R("unit.machines"),
                R("claim.machines-needed.reference", ("bottom", bottom), ("top", top), ("hours", hours)), Verdict.NotJudged,
                R("claim.machines-needed", ("days", days), ("machines", Math.Ceiling(machines)), ("top", top), ("slow", Math.Ceiling(slowMachines)), ("bottom", bottom), ("hours", hours)),
                RuleIds.MachineRateTypical));
            double pairs = area / (days * dog);
            Add(new ClaimFigure("dog-pairs-needed", R("claim.dog-pairs-needed.label"), pairs, R("unit.dog-pairs"),
                R("claim.dog-pairs-needed.reference", ("dog", dog)), Verdict.NotJudged,
                R("claim.dog-pairs-needed", ("days", days), ("pairs", Math.Ceiling(pairs)), ("dog", dog)),
                RuleIds.DogRateTypical));
        }

        /// <summary>Devices per person a day: density × rate, held against the review and reject densities at manual rates.</summary>
        public void DevicesPerPersonDay()
        {
            const string id = "devices-per-person-day";
            string label = R("claim.devices-per-person-day.label"), unit = R("unit.items-per-person-day");
            if (claim.Devices is not { } devices || PersonDays is not { } pd)
            {
                Missing(label, ("--devices", claim.Devices is not null), ("--days", claim.Days is not null), ("--people", claim.People is not null));
                return;
            }
            double review = T(RuleIds.EoDensityReview) * T(RuleIds.ManualRateTypical), reject = T(RuleIds.EoDensityReject) * T(RuleIds.ProductivityManual);
            string reference = R("claim.devices-per-person-day.reference", ("review", review), ("reviewDensity", T(RuleIds.EoDensityReview)), ("typical", T(RuleIds.ManualRateTypical)),
                ("reject", reject), ("rejectDensity", T(RuleIds.EoDensityReject)), ("limit", T(RuleIds.ProductivityManual)));
            if (pd == 0)
            {
                if (devices > 0) Impossible(id, label, unit, reference, R(claim.Days == 0 ? "claim.devices-per-person-day.no-days" : "claim.devices-per-person-day.no-people", ("devices", devices)), RuleIds.EoDensityReview);
                return;
            }
            double v = devices / pd;
            var placed = Place(v, d => d.FindsPerDeminerDay, R("unit.items-per-deminer-day"));
            string pace = v > 0 ? R("claim.devices-per-person-day.pace", ("hours", T(RuleIds.WorkingHoursPerDay) / v)) : R("claim.devices-per-person-day.no-items");
            if (rules.IsEnabled(RuleIds.EoDensityReject) && v > reject)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReject),
                    R("claim.devices-per-person-day.reject", ("value", v), ("pace", pace), ("limit", T(RuleIds.ProductivityManual)), ("rejectDensity", T(RuleIds.EoDensityReject))),
                    RuleIds.EoDensityReject, placed));
            else if (rules.IsEnabled(RuleIds.EoDensityReview) && v > review)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReview),
                    R("claim.devices-per-person-day.review", ("value", v), ("pace", pace), ("typical", T(RuleIds.ManualRateTypical)), ("reviewDensity", T(RuleIds.EoDensityReview))),
                    RuleIds.EoDensityReview, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    R("claim.devices-per-person-day.plausible", ("value", v), ("pace", pace)), RuleIds.EoDensityReview, placed));
        }
    }
}
