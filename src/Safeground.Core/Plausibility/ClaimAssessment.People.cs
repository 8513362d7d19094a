using Safeground.Core.Rules;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    private sealed partial class Assessor
    {
        /// <summary>Killed and injured per 100 people of the operation.</summary>
        public void CasualtiesPerPeople()
        {
            const string id = "casualties-per-100-people";
            string label = R("claim.casualties-per-people.label"), unit = R("unit.per-100-people");
            if (claim.Casualties is not { } c || claim.People is not { } people)
            {
                if (claim.Casualties is not null || claim.People is not null)
                    Missing(label, (R("claim.option.killed-or-injured"), claim.Casualties is not null), ("--people", claim.People is not null));
                return;
            }
            double limit = T(RuleIds.ClaimCasualties);
            string reference = R("claim.casualties-per-people.reference", ("limit", limit), ("rule", RuleIds.ClaimCasualties));
            string who = R("claim.casualties.who", ("killed", claim.Killed ?? 0), ("injured", claim.Injured ?? 0));
            if (c > people)
            {
                Add(new ClaimFigure(id, label, people == 0 ? double.PositiveInfinity : 100.0 * c / people, unit, reference, Verdict.Implausible,
                    R("claim.casualties-per-people.more-than-people", ("who", who), ("people", people)), RuleIds.ClaimCasualties));
                return;
            }
            if (people == 0) { Notes.Add(R("claim.casualties-per-people.not-assessed", ("figure", label))); return; }
            double v = 100.0 * c / people;
            var placed = Place(v, d => d.CasualtiesPer100People, R("unit.per-100-deminers"));
            string days = claim.Days is { } d ? R("claim.in-days", ("days", d)) : "";
            if (rules.IsEnabled(RuleIds.ClaimCasualties) && v > limit)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.ClaimCasualties),
                    R("claim.casualties-per-people.above", ("who", who), ("people", people), ("days", days), ("value", v), ("limit", limit)),
                    RuleIds.ClaimCasualties, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible,
                    c == 0 ? R("claim.casualties-per-people.none", ("people", people), ("days", days))
                        : R("claim.casualties-per-people.within", ("who", who), ("people", people), ("days", days), ("value", v)),
                    RuleIds.ClaimCasualties, placed));
        }

        /// <summary>Killed and injured per 1,000 devices: no published threshold, so only placed among recorded deployments.</summary>
        public void CasualtiesPerDevices()
        {
            const string id = "casualties-per-1000-devices";
            string label = R("claim.casualties-per-devices.label"), unit = R("unit.per-1000-items");
            if (claim.Casualties is not { } c || claim.Devices is not { } devices || devices == 0) return;
            double v = 1000.0 * c / devices;
            var placed = Place(v, d => d.CasualtiesPer1000Finds, unit);
            Add(new ClaimFigure(id, label, v, unit, R("claim.casualties-per-devices.reference"), Verdict.NotJudged,
                placed is null ? R("claim.casualties-per-devices", ("casualties", c), ("devices", devices), ("value", v))
                    : R("claim.casualties-per-devices.placed", ("casualties", c), ("devices", devices), ("value", v), ("placed", placed.Text)), null, placed));
        }

        /// <summary>People per team: a team of one, or fewer people than teams, does not add up.</summary>
        public void PeoplePerTeam()
        {
            const string id = "people-per-team";
            string label = R("claim.people-per-team.label"), unit = R("unit.people-per-team");
            if (claim.Teams is not { } teams || claim.People is not { } people)
            {
                if (claim.Teams is not null) Missing(label, ("--people", false));
                return;
            }
            double limit = T(RuleIds.TeamSize);
            string reference = R("claim.people-per-team.reference", ("limit", limit), ("rule", RuleIds.TeamSize));
            if (teams == 0)
            {
                if (people > 0) Impossible(id, label, unit, reference, R("claim.people-per-team.no-teams", ("people", people)), RuleIds.TeamSize);
                return;
            }
            double v = (double)people / teams;
            var placed = Place(v, d => d.Asset == Reference.AssetKind.Manual && d.TeamSize > 0 ? d.TeamSize : null, R("unit.people-per-team.words"));
            if (v < 1)
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Implausible, R("claim.people-per-team.fewer", ("people", people), ("teams", teams)), RuleIds.TeamSize, placed));
            else if (rules.IsEnabled(RuleIds.TeamSize) && v > limit)
                Add(new ClaimFigure(id, label, v, unit, reference, Breach(RuleIds.TeamSize),
                    R("claim.people-per-team.above", ("people", people), ("teams", teams), ("value", v), ("limit", limit)),
                    RuleIds.TeamSize, placed));
            else
                Add(new ClaimFigure(id, label, v, unit, reference, Verdict.Plausible, R("claim.people-per-team.usual", ("people", people), ("teams", teams), ("value", v)), RuleIds.TeamSize, placed));
        }
    }
}
