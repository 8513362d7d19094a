using System.Globalization;
using System.Net;
using System.Text;
using Safeground.Core.Publication;
using Safeground.Core.Rollups;
using Safeground.Core.Status;
using Safeground.Core.Text;

namespace Safeground.Server.Public;

/// <summary>
/// The public site's one page: the figures at a glance, the map, the tables by region and by year, and how the figures
/// are made, in the reader's language (the current UI culture). Plain HTML and a style sheet: no script, nothing loaded
/// from elsewhere, so any static host (or a file opened from disk) shows it.
/// </summary>
internal static class PublicPage
{
    public static string Html(PublicFigures f)
    {
        var ui = CultureInfo.CurrentUICulture;
        var h = new StringBuilder();
        h.Append("<!doctype html>\n<html lang=\"").Append(E(ui.Name)).Append("\" dir=\"").Append(ui.TextInfo.IsRightToLeft ? "rtl" : "ltr").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(T("site.title")).Append("</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n<header>\n")
            .Append("<h1>").Append(T("site.title")).Append("</h1>\n")
            .Append("<p class=\"as-of\">").Append(E(Texts.Render("site.as-of", ("day", f.AsOf)))).Append("</p>\n")
            .Append("<p>").Append(T("site.intro")).Append("</p>\n</header>\n<main>\n");
        Summary(h, f);
        h.Append("<section id=\"map\">\n<h2>").Append(T("site.map.heading")).Append("</h2>\n<figure>\n").Append(PublicMap.Svg(f)).Append("\n<figcaption>\n<ul class=\"legend\">\n");
        foreach (var (css, id) in new[] { ("confirmed", "site.legend.confirmed"), ("suspected", "site.legend.suspected"), ("released", "site.legend.released"), ("finds", "site.legend.finds"), ("regions", "site.legend.regions") })
            h.Append("<li><span class=\"swatch ").Append(css).Append("\"></span>").Append(T(id)).Append("</li>\n");
        h.Append("</ul>\n<p>").Append(E(Texts.Render("site.map.note", ("cell", FindGrid.CellDegrees), ("minimum", FindGrid.MinimumFinds)))).Append("</p>\n</figcaption>\n</figure>\n")
            .Append("<p>").Append(T("site.data.heading")).Append(' ');
        var links = new[] { ("data/hazards.geojson", "site.data.hazards"), ("data/released.geojson", "site.data.released"), ("data/find-cells.geojson", "site.data.finds"), ("data/statistics.json", "site.data.statistics") };
        h.Append(string.Join(" · ", links.Select(l => $"<a href=\"{l.Item1}\">{T(l.Item2)}</a>"))).Append("</p>\n</section>\n");

        h.Append("<section id=\"regions\">\n<h2>").Append(T("site.regions.heading")).Append("</h2>\n");
        Table(h, "site.column.region", f.ByRegion, f.Total, years: false, RegionOf);
        h.Append("</section>\n<section id=\"types\">\n<h2>").Append(T("site.types.heading")).Append("</h2>\n");
        Table(h, "site.column.type", f.ByType, f.Total, years: false, TypeOf);
        h.Append("</section>\n<section id=\"years\">\n<h2>").Append(T("site.years.heading")).Append("</h2>\n<p>").Append(T("site.years.note")).Append("</p>\n");
        Table(h, "site.column.year", f.ByYear, null, years: true, k => k);
        h.Append("</section>\n");
        PublicPeople.Section(h, f);
        h.Append("<section id=\"method\">\n<h2>").Append(T("site.method.heading")).Append("</h2>\n");
        foreach (var p in new[]
        {
            T("site.method.sources"), T("site.method.area"), T("site.method.conservation"), T("site.method.released"), T("site.method.remaining"),
            E(Texts.Render("site.method.privacy", ("cell", FindGrid.CellDegrees), ("minimum", FindGrid.MinimumFinds), ("withheld", f.FindsWithheld))),
            T("site.method.simplified"), T("site.method.people"),
        })
            h.Append("<p>").Append(p).Append("</p>\n");
        h.Append("</section>\n</main>\n<footer><p>").Append(T("site.footer")).Append("</p></footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Summary(StringBuilder h, PublicFigures f)
    {
        var t = f.Total;
        h.Append("<section id=\"summary\">\n<h2>").Append(T("site.summary.heading")).Append("</h2>\n<dl class=\"figures\">\n");
        foreach (var (id, value) in new[]
        {
            ("site.summary.remaining", Ha(t.RemainingLandM2)),
            ("site.summary.released", Ha(t.ReleasedM2)),
            ("site.summary.hazards", Count(t.Hazards)),
            ("site.summary.items", Count(t.Finds)),
            ("site.summary.accidents", Count(t.Accidents)),
            ("site.summary.killed", Count(t.Killed)),
            ("site.summary.injured", Count(t.Injured)),
        })
            h.Append("<div><dt>").Append(T(id)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>\n");
        h.Append("</dl>\n</section>\n");
    }

    private static void Table(StringBuilder h, string keyColumn, IReadOnlyList<StatusLine> lines, StatusLine? total, bool years, Func<string, string> keyOf)
    {
        string[] columns = years
            ? [keyColumn, "site.column.hazards-recorded", "site.column.cancelled", "site.column.reduced", "site.column.cleared", "site.column.items", "site.column.accidents", "site.column.killed", "site.column.injured"]
            : [keyColumn, "site.column.hazards", "site.column.remaining", "site.column.cancelled", "site.column.reduced", "site.column.cleared", "site.column.items", "site.column.accidents", "site.column.killed", "site.column.injured"];
        h.Append("<div class=\"table\"><table>\n<thead><tr>");
        foreach (var c in columns) h.Append("<th scope=\"col\">").Append(T(c)).Append("</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var l in lines) Row(h, keyOf(l.Key), l, years, "td");
        h.Append("</tbody>\n");
        if (total is not null)
        {
            h.Append("<tfoot>\n");
            Row(h, Texts.Render("site.total"), total, years, "th");
            h.Append("</tfoot>\n");
        }
        h.Append("</table></div>\n");
    }

    private static void Row(StringBuilder h, string key, StatusLine l, bool years, string keyCell)
    {
        h.Append("<tr><").Append(keyCell).Append(" scope=\"row\">").Append(E(key)).Append("</").Append(keyCell).Append('>');
        IEnumerable<string> cells = years
            ? [Count(l.Hazards), Ha(l.CancelledM2), Ha(l.ReducedM2), Ha(l.ClearedM2), Count(l.Finds), Count(l.Accidents), Count(l.Killed), Count(l.Injured)]
            : [Count(l.Hazards), Ha(l.RemainingLandM2), Ha(l.CancelledM2), Ha(l.ReducedM2), Ha(l.ClearedM2), Count(l.Finds), Count(l.Accidents), Count(l.Killed), Count(l.Injured)];
        foreach (var c in cells) h.Append("<td>").Append(E(c)).Append("</td>");
        h.Append("</tr>\n");
    }

    /// <summary>The roll-up's own keys for land in no region are words on the page.</summary>
    internal static string RegionOf(string key) => key switch
    {
        RegionIndex.Outside => Texts.Render("site.region.outside"),
        "(none)" => Texts.Render("site.region.none"),
        _ => key,
    };

    /// <summary>A contamination type's word; land no survey typed is "not stated".</summary>
    private static string TypeOf(string key) =>
        Enum.TryParse<Core.Hazards.ContaminationType>(key.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var type)
            ? Words.Of(type) : Texts.Render("status.contamination.not-stated");

    /// <summary>Hectares with two decimals, in the reader's number format (the figures of the roll-up, m² / 10,000).</summary>
    internal static string Ha(double m2) => (m2 / 10_000).ToString("#,0.00", Texts.Culture);

    internal static string Count(long n) => n.ToString("#,0", Texts.Culture);

    internal static string T(string id) => E(Texts.Render(id));

    internal static string E(string s) => WebUtility.HtmlEncode(s);
}
