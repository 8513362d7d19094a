using Safeground.Core.Rules;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    private sealed partial class Assessor
    {
        /// <summary>m² per person a day: the claim's area over its people × days, against manual clearance rates.</summary>
        public void Productivity()
        {
            const string id = "area-per-person-day", label = "Area per person a day", unit = "m²/person-day";
            if (Area is not { } area || PersonDays is not { } pd)
            {
                Missing(label, ("--area", Area is not null), ("--days", claim.Days is not null), ("--people", claim.People is not null));
                return;
            }
            double low = T(RuleIds.ManualRateLow), typical = T(RuleIds.ManualRateTypical), limit = T(RuleIds.ProductivityManual);
            string reference = $"manual {N(low)}–{N(typical)} typical, flagged above {N(limit)} ({RuleIds.ProductivityManual})";
            if (pd == 0)
            {
                if (area > 0) Impossible(id, label, unit, reference, $"{N(area)} m² cleared with {(claim.Days == 0 ? "no days" : "no people")}: land is not cleared in no time or by nobody.", RuleIds.ProductivityManual);
                else Notes.Add($"{label}: not assessed, no area and no person-days");
                return;
            }
            double v = area / pd;
            // Against manual deployments only: dog teams declare dog-team-days (800-900 m² each), not people's days.
            var placed = Place(v, d => d.Asset == Reference.AssetKind.Manual ? d.M2PerDeminerDay : null, "m²/deminer-day");
            string each = $"{N(area)} m² over {N(claim.People!.Value)} people × {N(claim.Days!.Value)} days is {N(v)} m² per person a day";
            if (rules.IsEnabled(RuleIds.ProductivityManual) && v > limit)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.ProductivityManual),
                    $"{each}: {Times(v / typical)} the typical manual rate ({N(low)}–{N(typical)}) and above the programme's limit of {N(limit)}. "
                    + "Only machines or dogs doing most of the work could explain it (see below).", RuleIds.ProductivityManual, placed));
            else if (v > typical)
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    $"{each}: faster than the typical manual rate ({N(low)}–{N(typical)}) but under the programme's limit of {N(limit)}; easy ground, or some machine or dog support.",
                    RuleIds.ProductivityManual, placed));
            else if (v >= low)
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    $"{each}: within the typical manual rate ({N(low)}–{N(typical)}).", RuleIds.ProductivityManual, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    $"{each}: slower than the typical manual rate ({N(low)}–{N(typical)}); not suspicious: the people may include medics, drivers and supervisors, or days went to travel, weather and survey.",
                    RuleIds.ProductivityManual, placed));
        }

        /// <summary>What the area takes by hand at the typical rates, against the person-days the claim had.</summary>
        public void ByHand()
        {
            const string id = "deminer-days-needed", label = "Deminer-days the area needs by hand", unit = "deminer-days";
            if (Area is not { } area || area == 0) { if (Area is null) Missing(label, ("--area", false)); return; }
            double low = T(RuleIds.ManualRateLow), typical = T(RuleIds.ManualRateTypical);
            double best = area / typical, worst = area / low;
            var parts = new List<string> { $"clearing {N(area)} m² by hand takes {N(best)} deminer-days at {N(typical)} m² a day ({N(worst)} at {N(low)})" };
            if (claim.People is > 0 and var people) parts.Add($"{N(best / people)} days for {N(people)} deminers at best");
            if (claim.Days is > 0 and var days) parts.Add($"{N(Math.Ceiling(best / days))} deminers to do it in {N(days)} days");
            if (PersonDays is > 0 and var pd) parts.Add($"the claim had {N(pd)} person-days, {N(pd / best * 100)} % of the best case");
            Add(new ClaimFigure(id, label, best, unit, $"at {N(typical)} m²/deminer-day ({N(worst)} at {N(low)})", Verdict.NotJudged,
                Capital(string.Join("; ", parts)) + ".", RuleIds.ManualRateTypical));
        }

        /// <summary>Whether machines or dogs could explain the area in the claim's days: how many it would take.</summary>
        public void MachinesAndDogs()
        {
            if (Area is not { } area || claim.Days is not { } days)
            {
                Missing("Machines or dogs it would take", ("--area", Area is not null), ("--days", claim.Days is not null));
                return;
            }
            if (area == 0) return;
            if (days == 0) { Notes.Add("Machines or dogs it would take: not assessed, the claim gives zero days"); return; }
            double hours = T(RuleIds.WorkingHoursPerDay), top = T(RuleIds.MachineRateTypical), bottom = T(RuleIds.MachineRateLow), dog = T(RuleIds.DogRateTypical);
            double machines = area / (days * hours * top), slowMachines = area / (days * hours * bottom);
            Add(new ClaimFigure("machines-needed", "Machines it would take", machines, "machines",
                $"{N(bottom)}–{N(top)} m²/machine-hour, {N(hours)} h a day", Verdict.NotJudged,
                $"Machines (flails, tillers) could clear it in {N(days)} days with {N(Math.Ceiling(machines))} machines at {N(top)} m² an hour, "
                + $"{N(Math.Ceiling(slowMachines))} at {N(bottom)}, working {N(hours)} h a day; machine ground still needs deminers to check it.",
                RuleIds.MachineRateTypical));
            double pairs = area / (days * dog);
            Add(new ClaimFigure("dog-pairs-needed", "Dog pairs it would take", pairs, "dog pairs",
                $"{N(dog)} m² a day per two dogs, no work above 30 °C", Verdict.NotJudged,
                $"Mine detection dogs could search it in {N(days)} days with {N(Math.Ceiling(pairs))} pairs of dogs at {N(dog)} m² a day each (none above 30 °C).",
                RuleIds.DogRateTypical));
        }

        /// <summary>Devices per person a day: density × rate, held against the review and reject densities at manual rates.</summary>
        public void DevicesPerPersonDay()
        {
            const string id = "devices-per-person-day", label = "Devices per person a day", unit = "items/person-day";
            if (claim.Devices is not { } devices || PersonDays is not { } pd)
            {
                Missing(label, ("--devices", claim.Devices is not null), ("--days", claim.Days is not null), ("--people", claim.People is not null));
                return;
            }
            double review = T(RuleIds.EoDensityReview) * T(RuleIds.ManualRateTypical), reject = T(RuleIds.EoDensityReject) * T(RuleIds.ProductivityManual);
            string reference = $"unusual above {N(review)} ({N(T(RuleIds.EoDensityReview))}/m² × {N(T(RuleIds.ManualRateTypical))} m²/day), "
                + $"implausible above {N(reject)} ({N(T(RuleIds.EoDensityReject))}/m² × {N(T(RuleIds.ProductivityManual))} m²/day)";
            if (pd == 0)
            {
                if (devices > 0) Impossible(id, label, unit, reference, $"{N(devices)} devices found with {(claim.Days == 0 ? "no days" : "no people")}.", RuleIds.EoDensityReview);
                return;
            }
            double v = devices / pd;
            var placed = Place(v, d => d.FindsPerDeminerDay, "items/deminer-day");
            string pace = v > 0 ? $"one item every {N(T(RuleIds.WorkingHoursPerDay) / v)} working hours per person" : "no items";
            if (rules.IsEnabled(RuleIds.EoDensityReject) && v > reject)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReject),
                    $"{N(v)} items per person a day ({pace}): even at the limit rate of {N(T(RuleIds.ProductivityManual))} m² a day it needs more than {N(T(RuleIds.EoDensityReject))} item per m², beyond any verified minefield.",
                    RuleIds.EoDensityReject, placed));
            else if (rules.IsEnabled(RuleIds.EoDensityReview) && v > review)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.EoDensityReview),
                    $"{N(v)} items per person a day ({pace}): a deminer clearing {N(T(RuleIds.ManualRateTypical))} m² a day finds that many only in ground denser than the review density {N(T(RuleIds.EoDensityReview))}/m²; each find must also be excavated and destroyed.",
                    RuleIds.EoDensityReview, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    $"{N(v)} items per person a day ({pace}): within what manual clearance of dense ground produces.", RuleIds.EoDensityReview, placed));
        }

        private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }
}
