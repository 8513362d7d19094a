using Safeground.Core.Accidents;
using Safeground.Core.Casualties;
using Safeground.Core.People;
using Safeground.Core.Reference;
using Safeground.Core.Status;

namespace Safeground.Products;

/// <summary>
/// The monthly report's sections about people rather than land: risk education (sessions and whom they reached, by
/// sex, age band and disability, and by organisation) and civilian casualties (incidents, killed and injured by sex and
/// age, incidents by the activity at the time). Counts only: the reports hold nobody's name, and neither does this.
/// </summary>
internal static class MonthlyPeople
{
    public static void RiskEducation(ProductDocument doc, MonthlyFigures figures, IReadOnlyList<Organisation> organisations)
    {
        var eore = figures.Month.Total.RiskEducation;
        doc.Heading(Texts.Render("monthly.heading.risk-education"));
        if (eore.Sessions == 0)
        {
            doc.Paragraph(Texts.Render("monthly.risk-education.none"));
            return;
        }
        doc.Paragraph(Texts.Render("monthly.risk-education.note"));
        var rows = new List<(string, string)>
        {
            (Texts.Render("monthly.risk-education.sessions"), Count(eore.Sessions)),
            (Texts.Render("monthly.risk-education.people"), Count(eore.Beneficiaries)),
            (Texts.Render("monthly.risk-education.female"), Count(eore.BySex.GetValueOrDefault(Gender.Female))),
            (Texts.Render("monthly.risk-education.male"), Count(eore.BySex.GetValueOrDefault(Gender.Male))),
        };
        // Parts not recorded are shown only when there are some, so the splits visibly add up to the people reached.
        if (eore.BySex.GetValueOrDefault(Gender.Unknown) > 0)
            rows.Add((Texts.Render("monthly.risk-education.sex-unknown"), Count(eore.BySex[Gender.Unknown])));
        rows.Add((Texts.Render("monthly.risk-education.children"), Count(eore.ByAge.GetValueOrDefault(AgeBand.Child))));
        rows.Add((Texts.Render("monthly.risk-education.adults"), Count(eore.ByAge.GetValueOrDefault(AgeBand.Adult))));
        rows.Add((Texts.Render("monthly.risk-education.older"), Count(eore.ByAge.GetValueOrDefault(AgeBand.Older))));
        if (eore.ByAge.GetValueOrDefault(AgeBand.Unknown) > 0)
            rows.Add((Texts.Render("monthly.risk-education.age-unknown"), Count(eore.ByAge[AgeBand.Unknown])));
        rows.Add((Texts.Render("monthly.risk-education.disability"), Count(eore.WithDisability)));
        doc.Figures(rows);

        var names = organisations.ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var lines = figures.Organisations.Groups.Where(g => g.RiskEducation.Sessions > 0)
            .Select(g => (Name: names.GetValueOrDefault(g.Key) ?? g.Key, g.RiskEducation))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture)
            .Select(l => (IReadOnlyList<string>)
            [
                l.Name, Count(l.RiskEducation.Sessions), Count(l.RiskEducation.Beneficiaries),
                Count(l.RiskEducation.BySex.GetValueOrDefault(Gender.Female)), Count(l.RiskEducation.BySex.GetValueOrDefault(Gender.Male)),
                Count(l.RiskEducation.ByAge.GetValueOrDefault(AgeBand.Child)), Count(l.RiskEducation.WithDisability),
            ])
            .ToList();
        doc.Table(
            [Texts.Render("monthly.column.organisation"), Texts.Render("monthly.column.sessions"), Texts.Render("monthly.column.people"),
             Texts.Render("monthly.column.female"), Texts.Render("monthly.column.male"), Texts.Render("monthly.column.children"),
             Texts.Render("monthly.column.disability")],
            lines, [3f, 1.1f, 1.3f, 1.1f, 1.1f, 1.1f, 1.4f]);
    }

    public static void Civilians(ProductDocument doc, MonthlyFigures figures)
    {
        var civilians = figures.Month.Total.Civilians;
        doc.Heading(Texts.Render("monthly.heading.civilians"));
        if (civilians.Incidents == 0)
        {
            doc.Paragraph(Texts.Render("monthly.civilians.none"));
            return;
        }
        doc.Paragraph(Texts.Render("monthly.civilians.note"));
        doc.Figures(
        [
            (Texts.Render("monthly.civilians.incidents"), Count(civilians.Incidents)),
            (Texts.Render("monthly.civilians.killed"), Count(civilians.Killed)),
            (Texts.Render("monthly.civilians.injured"), Count(civilians.Injured)),
        ]);

        var groups = civilians.KilledBySexAndAge.Keys.Union(civilians.InjuredBySexAndAge.Keys).Order().ToList();
        if (groups.Count > 0)
            doc.Table(
                [Texts.Render("monthly.column.sex"), Texts.Render("monthly.column.age"), Texts.Render("monthly.column.killed"), Texts.Render("monthly.column.injured")],
                groups.Select(g => (IReadOnlyList<string>)
                [
                    Words.Of(g.Sex), Words.Of(g.Age),
                    Count(civilians.KilledBySexAndAge.GetValueOrDefault(g)), Count(civilians.InjuredBySexAndAge.GetValueOrDefault(g)),
                ]).ToList(),
                [1.5f, 2.5f, 1f, 1f]);

        doc.Table(
            [Texts.Render("monthly.column.activity"), Texts.Render("monthly.column.incidents")],
            civilians.IncidentsByActivity.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
                .Select(kv => (IReadOnlyList<string>)[Activity(kv.Key), Count(kv.Value)]).ToList(),
            [4f, 1f]);
    }

    /// <summary>What a civilian was doing, as the report's reader says it (written out so each id is findable).</summary>
    internal static string Activity(CasualtyActivity activity) => Texts.Render(activity switch
    {
        CasualtyActivity.Farming => "monthly.activity.farming",
        CasualtyActivity.Herding => "monthly.activity.herding",
        CasualtyActivity.CollectingFirewood => "monthly.activity.collecting-firewood",
        CasualtyActivity.CollectingScrap => "monthly.activity.collecting-scrap",
        CasualtyActivity.CollectingFood => "monthly.activity.collecting-food",
        CasualtyActivity.Hunting => "monthly.activity.hunting",
        CasualtyActivity.Travelling => "monthly.activity.travelling",
        CasualtyActivity.Playing => "monthly.activity.playing",
        CasualtyActivity.Tampering => "monthly.activity.tampering",
        CasualtyActivity.Household => "monthly.activity.household",
        CasualtyActivity.Construction => "monthly.activity.construction",
        CasualtyActivity.Other => "monthly.activity.other",
        _ => "monthly.activity.unknown",
    });

    private static string Count(long n) => n.ToString("#,0", Texts.Culture);
}
