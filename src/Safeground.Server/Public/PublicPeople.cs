using System.Text;
using Safeground.Core.Publication;
using Safeground.Core.Status;
using Safeground.Core.Text;

namespace Safeground.Server.Public;

/// <summary>
/// The public page's section on people: civilian casualty incidents (killed, injured) and risk-education sessions (people
/// reached), as totals, by region and by year. Counts only, as <c>status</c> gives them: no place finer than a region,
/// no day, no organisation, nobody's sex, age or name beside a count a reader could tie to one person.
/// </summary>
internal static class PublicPeople
{
    private static readonly string[] Columns =
        ["site.people.column.sessions", "site.people.column.reached", "site.people.column.incidents", "site.people.column.killed", "site.people.column.injured"];

    public static void Section(StringBuilder h, PublicFigures f)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(f);
        var t = f.Total;
        h.Append("<section id=\"people\">\n<h2>").Append(PublicPage.T("site.people.heading")).Append("</h2>\n<p>").Append(PublicPage.T("site.people.note")).Append("</p>\n<dl class=\"figures\">\n");
        foreach (var (id, value) in new[]
        {
            ("site.people.summary.incidents", t.Civilians.Incidents),
            ("site.people.summary.killed", t.Civilians.Killed),
            ("site.people.summary.injured", t.Civilians.Injured),
            ("site.people.summary.sessions", t.RiskEducation.Sessions),
            ("site.people.summary.reached", t.RiskEducation.Beneficiaries),
        })
            h.Append("<div><dt>").Append(PublicPage.T(id)).Append("</dt><dd>").Append(PublicPage.E(PublicPage.Count(value))).Append("</dd></div>\n");
        h.Append("</dl>\n<h3>").Append(PublicPage.T("site.people.regions.heading")).Append("</h3>\n");
        Table(h, "site.column.region", f.ByRegion, t, PublicPage.RegionOf);
        h.Append("<h3>").Append(PublicPage.T("site.people.years.heading")).Append("</h3>\n");
        Table(h, "site.column.year", f.ByYear, t, k => k);
        h.Append("</section>\n");
    }

    private static void Table(StringBuilder h, string keyColumn, IReadOnlyList<StatusLine> lines, StatusLine total, Func<string, string> keyOf)
    {
        h.Append("<div class=\"table\"><table>\n<thead><tr>");
        foreach (var c in (string[])[keyColumn, .. Columns]) h.Append("<th scope=\"col\">").Append(PublicPage.T(c)).Append("</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var l in lines) Row(h, keyOf(l.Key), l, "td");
        h.Append("</tbody>\n<tfoot>\n");
        Row(h, Texts.Render("site.total"), total, "th");
        h.Append("</tfoot>\n</table></div>\n");
    }

    private static void Row(StringBuilder h, string key, StatusLine l, string keyCell)
    {
        h.Append("<tr><").Append(keyCell).Append(" scope=\"row\">").Append(PublicPage.E(key)).Append("</").Append(keyCell).Append('>');
        foreach (var n in new long[] { l.RiskEducation.Sessions, l.RiskEducation.Beneficiaries, l.Civilians.Incidents, l.Civilians.Killed, l.Civilians.Injured })
            h.Append("<td>").Append(PublicPage.E(PublicPage.Count(n))).Append("</td>");
        h.Append("</tr>\n");
    }
}
