using Safeground.Core.Rules;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    private sealed partial class Assessor
    {
        /// <summary>Killed and injured per 100 people of the operation.</summary>
        public void CasualtiesPerPeople()
        {
            const string id = "casualties-per-100-people", label = "Casualties per 100 people", unit = "per 100 people";
            if (claim.Casualties is not { } c || claim.People is not { } people)
            {
                if (claim.Casualties is not null || claim.People is not null)
                    Missing(label, ("--killed or --injured", claim.Casualties is not null), ("--people", claim.People is not null));
                return;
            }
            double limit = T(RuleIds.ClaimCasualties);
            string reference = $"flagged above {N(limit)} per 100 ({RuleIds.ClaimCasualties}); more casualties than people is implausible";
            string who = $"{N(claim.Killed ?? 0)} killed and {N(claim.Injured ?? 0)} injured";
            if (c > people)
            {
                Add(new ClaimFigure(id, label, people == 0 ? double.PositiveInfinity : 100.0 * c / people, unit, reference, Verdict.Implausible,
                    $"{who} out of {N(people)} people: more casualties than people in the operation, unless the figures count civilians too.", RuleIds.ClaimCasualties));
                return;
            }
            if (people == 0) { Notes.Add($"{label}: not assessed, no people and no casualties"); return; }
            double v = 100.0 * c / people;
            var placed = Place(v, d => d.CasualtiesPer100People, "per 100 deminers");
            string days = claim.Days is { } d ? $" in {N(d)} days" : "";
            if (rules.IsEnabled(RuleIds.ClaimCasualties) && v > limit)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.ClaimCasualties),
                    $"{who} out of {N(people)} people{days}: {N(v)} per 100, above the programme's {N(limit)}; possible under shelling or in a rushed military operation, rare in humanitarian clearance.",
                    RuleIds.ClaimCasualties, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    c == 0 ? $"No casualties among {N(people)} people{days}: the usual outcome of accredited clearance."
                        : $"{who} out of {N(people)} people{days}: {N(v)} per 100, tragic but within what demining accidents cause.",
                    RuleIds.ClaimCasualties, placed));
        }

        /// <summary>Killed and injured per 1,000 devices: no published threshold, so only placed among recorded deployments.</summary>
        public void CasualtiesPerDevices()
        {
            const string id = "casualties-per-1000-devices", label = "Casualties per 1,000 devices", unit = "per 1,000 items";
            if (claim.Casualties is not { } c || claim.Devices is not { } devices || devices == 0) return;
            double v = 1000.0 * c / devices;
            var placed = Place(v, d => d.CasualtiesPer1000Finds, "per 1,000 items");
            Add(new ClaimFigure(id, label, v, unit, "no published figure; compared with recorded deployments only", Verdict.NotJudged,
                $"{N(c)} casualties for {N(devices)} devices: {N(v)} per 1,000 items" + (placed is null ? "." : $"; {placed.Text}."), null, placed));
        }

        /// <summary>People per team: a team of one, or fewer people than teams, does not add up.</summary>
        public void PeoplePerTeam()
        {
            const string id = "people-per-team", label = "People per team", unit = "people/team";
            if (claim.Teams is not { } teams || claim.People is not { } people)
            {
                if (claim.Teams is not null) Missing(label, ("--people", false));
                return;
            }
            double limit = T(RuleIds.TeamSize);
            string reference = $"manual teams commonly 10–30 people; flagged above {N(limit)} ({RuleIds.TeamSize})";
            if (teams == 0)
            {
                if (people > 0) Impossible(id, label, unit, reference, $"{N(people)} people in no teams.", RuleIds.TeamSize);
                return;
            }
            double v = (double)people / teams;
            var placed = Place(v, d => d.Asset == Reference.AssetKind.Manual && d.TeamSize > 0 ? d.TeamSize : null, "people per team");
            if (v < 1)
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Implausible, $"{N(people)} people in {N(teams)} teams: fewer people than teams.", RuleIds.TeamSize, placed));
            else if (rules.IsEnabled(RuleIds.TeamSize) && v > limit)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.TeamSize),
                    $"{N(people)} people in {N(teams)} teams is {N(v)} a team, above {N(limit)}: more than one team leader can supervise on a site; perhaps the teams are counted differently.",
                    RuleIds.TeamSize, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible, $"{N(people)} people in {N(teams)} teams is {N(v)} a team, a usual size.", RuleIds.TeamSize, placed));
        }
    }
}
