using System.Globalization;
using Safeground.Core.Hazards;
using Safeground.Core.Reference;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Products;

/// <summary>
/// The monthly operations report to donors and the government: land released in the month by method (less land
/// reopened), remaining at its end, explosive ordnance found by category, accidents and victims, civilian casualties and
/// risk education (counts only), productivity by team, charts and a map of the month's work. Every figure is <see cref="MonthlyFigures"/>', i.e. <c>safeground status --from FIRST
/// --to LAST</c>'s for the same scope.
/// </summary>
public static class MonthlyReport
{
    /// <summary>Writes the report of <paramref name="request"/>'s month from <paramref name="store"/> as a PDF to <paramref name="output"/>.</summary>
    public static void Write(ISafegroundStore store, MonthlyRequest request, Stream output, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var figures = MonthlyFigures.Compute(store, request.Year, request.Month, request.Region, request.Organisation, StoredProgramme.Of(store));
        var teams = store.Teams().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var info = new ProductInfo(Texts.Render("monthly.title"), Scope(request, figures.First), (clock ?? TimeProvider.System).GetLocalNow(), ProductSource.Of(store));
        using var doc = ProductDocument.Create(output, info);
        var total = figures.Month.Total;
        doc.Paragraph(Texts.Render("monthly.intro", ("from", figures.First), ("to", figures.Last)));
        if (figures.NoWork) doc.Paragraph(Texts.Render("monthly.no-work"));

        doc.Heading(Texts.Render("monthly.heading.released"));
        doc.Figures(
        [
            (Texts.Render("monthly.released.cancelled"), Area(total.CancelledM2)),
            (Texts.Render("monthly.released.reduced"), Area(total.ReducedM2)),
            (Texts.Render("monthly.released.cleared"), Area(total.ClearedM2)),
            (Texts.Render("monthly.released.reopened"), Area(total.ReopenedM2)),
            (Texts.Render("monthly.released.total"), Area(total.ReleasedM2)),
        ]);

        doc.Heading(Texts.Render("monthly.heading.remaining"));
        doc.Figures(
        [
            (Texts.Render("monthly.remaining.hazards"), Count(total.Hazards)),
            (Texts.Render("monthly.remaining.records"), Area(total.RemainingM2)),
            (Texts.Render("monthly.remaining.land"), Area(total.RemainingLandM2)),
        ]);

        doc.Heading(Texts.Render("monthly.heading.eo"));
        if (total.Finds == 0) doc.Paragraph(Texts.Render("monthly.eo.none"));
        else
        {
            var rows = total.FindsByCategory.Where(kv => kv.Value > 0).Select(kv => (Words.Of(kv.Key), Count(kv.Value))).ToList();
            rows.Add((Texts.Render("monthly.eo.total"), Count(total.Finds)));
            doc.Figures(rows);
        }

        doc.Heading(Texts.Render("monthly.heading.accidents"));
        doc.Figures(
        [
            (Texts.Render("monthly.accidents.count"), Count(total.Accidents)),
            (Texts.Render("monthly.accidents.killed"), Count(total.Killed)),
            (Texts.Render("monthly.accidents.injured"), Count(total.Injured)),
        ]);

        MonthlyPeople.Civilians(doc, figures);
        MonthlyPeople.RiskEducation(doc, figures, store.Organisations());

        Productivity(doc, figures, teams);
        Charts(doc, figures);
        Map(doc, figures);
    }

    private static string Scope(MonthlyRequest request, DateOnly first)
    {
        string month = first.ToString(Texts.Render("monthly.format.month"), Texts.Culture);
        return (request.Region, request.Organisation) switch
        {
            ({ } r, { } o) => Texts.Render("monthly.scope.region-organisation", ("region", r), ("organisation", o), ("month", month)),
            ({ } r, null) => Texts.Render("monthly.scope.region", ("region", r), ("month", month)),
            (null, { } o) => Texts.Render("monthly.scope.organisation", ("organisation", o), ("month", month)),
            _ => Texts.Render("monthly.scope.programme", ("month", month)),
        };
    }

    private static void Productivity(ProductDocument doc, MonthlyFigures figures, Dictionary<string, Team> teams)
    {
        doc.Heading(Texts.Render("monthly.heading.productivity"));
        var lines = figures.Teams.Groups.Where(g => g.ReleasedM2 > 0 || g.Finds > 0 || g.Productivity.Values.Any(p => p.Effort > 0)).ToList();
        if (!lines.Any(g => g.Productivity.Values.Any(p => p.Effort > 0))) doc.Paragraph(Texts.Render("monthly.productivity.none"));
        else doc.Paragraph(Texts.Render("monthly.productivity.note"));
        if (lines.Count == 0) return;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in lines.OrderBy(l => Name(l.Key, teams), StringComparer.CurrentCulture))
        {
            string name = Name(line.Key, teams);
            if (line.Productivity.Count == 0)
            {
                rows.Add([name, teams.TryGetValue(line.Key, out var t) ? Words.Of(t.Asset) : "", Area(line.ReleasedM2), Count(line.Finds), "", ""]);
                continue;
            }
            foreach (var (asset, p) in line.Productivity)
            {
                var (effort, per) = Units(asset);
                rows.Add([name, Words.Of(asset), Area(line.ReleasedM2), Count(line.Finds),
                    Texts.Render(effort, ("value", p.Effort)),
                    p.Rate is { } rate ? Texts.Render(per, ("value", Math.Round(rate, 1))) : ""]);
            }
        }
        doc.Table(
            [Texts.Render("monthly.column.team"), Texts.Render("monthly.column.asset"), Texts.Render("monthly.column.released"),
             Texts.Render("monthly.column.eo"), Texts.Render("monthly.column.effort"), Texts.Render("monthly.column.rate")],
            rows, [2.2f, 1.3f, 2.2f, 1f, 1.6f, 1.9f]);
    }

    // Effort and rate in the unit the asset's effort is declared in (StatusJson.EffortUnit): written out so each id is findable.
    private static (string Effort, string Rate) Units(AssetKind asset) => asset switch
    {
        AssetKind.Mechanical => ("monthly.effort.machine-hours", "monthly.rate.machine-hours"),
        AssetKind.MineDetectionDogs => ("monthly.effort.dog-team-days", "monthly.rate.dog-team-days"),
        _ => ("monthly.effort.deminer-days", "monthly.rate.deminer-days"),
    };

    private static string Name(string key, Dictionary<string, Team> teams) =>
        teams.TryGetValue(key, out var team) ? team.Name : key == "(none)" ? Texts.Render("monthly.team.none") : key;

    private static void Charts(ProductDocument doc, MonthlyFigures figures)
    {
        var total = figures.Month.Total;
        doc.Heading(Texts.Render("monthly.heading.charts"));
        string ha = Texts.Render("monthly.unit.ha");
        doc.Image(ProductCharts.Bars(Texts.Render("monthly.chart.released"),
        [
            (Words.Of(ReleaseMethod.Cancelled), total.CancelledM2 / 10_000),
            (Words.Of(ReleaseMethod.Reduced), total.ReducedM2 / 10_000),
            (Words.Of(ReleaseMethod.Cleared), total.ClearedM2 / 10_000),
        ], ha), 90);
        if (total.Finds > 0)
            doc.Image(ProductCharts.Bars(Texts.Render("monthly.chart.eo"),
                total.FindsByCategory.Where(kv => kv.Value > 0).Select(kv => (Words.Of(kv.Key), (double)kv.Value)).ToList(),
                Texts.Render("monthly.unit.items")), 90);
        var months = figures.Trend.Select(m => DateOnly.ParseExact(m.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString(Texts.Render("monthly.format.month-short"), Texts.Culture)).ToList();
        doc.Image(ProductCharts.StackedBars(Texts.Render("monthly.chart.trend"), months,
        [
            (Words.Of(ReleaseMethod.Cancelled), figures.Trend.Select(m => m.CancelledM2 / 10_000).ToList()),
            (Words.Of(ReleaseMethod.Reduced), figures.Trend.Select(m => m.ReducedM2 / 10_000).ToList()),
            (Words.Of(ReleaseMethod.Cleared), figures.Trend.Select(m => m.ClearedM2 / 10_000).ToList()),
        ], ha), 90);
    }

    private static void Map(ProductDocument doc, MonthlyFigures figures)
    {
        // The map is most of a page: its heading and caption go with it rather than stay alone at the foot of the charts.
        if (figures.Released.Count > 0) doc.PageBreak();
        doc.Heading(Texts.Render("monthly.heading.map"));
        if (figures.Released.Count == 0)
        {
            doc.Paragraph(Texts.Render("monthly.map.none"));
            return;
        }
        var map = new ProductMap();
        foreach (var h in figures.Worked) map.Polygon(h.Remaining, MapStyle.Remaining);
        foreach (var r in figures.Released)
            map.Polygon(r.Area, r.Method switch
            {
                ReleaseMethod.Cancelled => MapStyle.Cancelled,
                ReleaseMethod.Reduced => MapStyle.Reduced,
                _ => MapStyle.Cleared,
            });
        doc.Paragraph(Texts.Render("monthly.map.caption", ("count", figures.Worked.Count)));
        doc.Map(map, 150);
    }

    private static string Area(double m2) => Texts.Render("monthly.area",
        ("ha", Texts.Render("format.ha", ("value", (m2 / 10_000).ToString("#,0.00", Texts.Culture)))),
        ("m2", Texts.Render("format.m2", ("value", m2.ToString("#,0", Texts.Culture)))));

    private static string Count(long n) => n.ToString("#,0", Texts.Culture);
}
