using System.Globalization;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Status;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// <see cref="MonthlyFigures"/> on the demo operation: every figure of the monthly report is the figure
/// <c>status --from FIRST --to LAST</c> gives (StatusReport with the same filter), for the whole programme, a region and
/// an organisation; the trend's months are each month's own status; the map's polygons sum to the released figures.
/// </summary>
public abstract class MonthlyFiguresTests<TKind>(DemoStoreFixture<TKind> demo) : IClassFixture<DemoStoreFixture<TKind>> where TKind : StoreKind, new()
{
    private ProgrammeRules Rules => StoredProgramme.Of(demo.Store);

    private StatusReport Status(StatusGrouping grouping, StatusFilter filter) => StatusReport.Compute(demo.Store, grouping, filter, Rules);

    // The month with the most land released in the demo, and the scopes a report is made for.
    private DateOnly BusiestMonth()
    {
        var months = Status(StatusGrouping.Month, StatusFilter.None).Groups.Where(g => g.Key != "(none)").ToList();
        var busiest = months.OrderByDescending(m => m.ReleasedM2).First();
        return DateOnly.ParseExact(busiest.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void AssertSame(StatusLine expected, StatusLine actual)
    {
        Assert.Equal(expected.Hazards, actual.Hazards);
        Assert.Equal(expected.OriginalM2, actual.OriginalM2);
        Assert.Equal(expected.CancelledM2, actual.CancelledM2);
        Assert.Equal(expected.ReducedM2, actual.ReducedM2);
        Assert.Equal(expected.ClearedM2, actual.ClearedM2);
        Assert.Equal(expected.RemainingM2, actual.RemainingM2);
        Assert.Equal(expected.RemainingLandM2, actual.RemainingLandM2);
        Assert.Equal(expected.Finds, actual.Finds);
        Assert.Equal(expected.FindsByCategory, actual.FindsByCategory);
        Assert.Equal(expected.Accidents, actual.Accidents);
        Assert.Equal(expected.Killed, actual.Killed);
        Assert.Equal(expected.Injured, actual.Injured);
        Assert.Equal(expected.Productivity.Keys, actual.Productivity.Keys);
        foreach (var (asset, p) in expected.Productivity)
        {
            Assert.Equal(p.ClearedM2, actual.Productivity[asset].ClearedM2);
            Assert.Equal(p.Effort, actual.Productivity[asset].Effort);
        }
    }

    private MonthlyFigures Figures(DateOnly month, string? region = null, string? organisation = null) =>
        MonthlyFigures.Compute(demo.Store, month.Year, month.Month, region, organisation, Rules);

    [SkippableFact]
    public void The_month_is_status_from_its_first_to_its_last_day_in_total_and_by_team()
    {
        var month = BusiestMonth();
        var region = demo.Store.Hazards().First().Region;
        var organisation = demo.Store.Organisations()[0].Id;
        foreach (var (r, o) in new[] { ((string?)null, (string?)null), (region, null), (null, organisation) })
        {
            var figures = Figures(month, r, o);
            var filter = new StatusFilter(r, o, month, month.AddMonths(1).AddDays(-1));
            Assert.Equal(filter, figures.Filter);
            AssertSame(Status(StatusGrouping.None, filter).Total, figures.Month.Total);
            var teams = Status(StatusGrouping.Team, filter);
            Assert.Equal(teams.Groups.Select(g => g.Key), figures.Teams.Groups.Select(g => g.Key));
            foreach (var (expected, actual) in teams.Groups.Zip(figures.Teams.Groups)) AssertSame(expected, actual);
            Assert.False(figures.NoWork);
        }
        // The remaining figures stand at the month's end: status --as-of LAST.
        var whole = Figures(month);
        var asOf = Status(StatusGrouping.None, StatusFilter.AsOfDay(whole.Last)).Total;
        Assert.Equal(asOf.RemainingM2, whole.Month.Total.RemainingM2);
        Assert.Equal(asOf.Hazards, whole.Month.Total.Hazards);
        Assert.True(whole.Month.Total.ReleasedM2 > 0 && whole.Teams.Groups.Any(g => g.Productivity.Values.Any(p => p.Rate > 0)));
    }

    [SkippableFact]
    public void The_trend_is_each_months_own_status()
    {
        var month = BusiestMonth();
        var figures = Figures(month);
        Assert.Equal(MonthlyFigures.TrendMonths, figures.Trend.Count);
        Assert.Equal(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), figures.Trend[^1].Key);
        for (int i = 0; i < figures.Trend.Count; i++)
        {
            var first = month.AddMonths(i + 1 - MonthlyFigures.TrendMonths);
            var line = figures.Trend[i];
            Assert.Equal(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), line.Key);
            var own = Status(StatusGrouping.None, new StatusFilter(From: first, To: first.AddMonths(1).AddDays(-1))).Total;
            Assert.Equal(own.CancelledM2, line.CancelledM2, Tolerance(own.CancelledM2));
            Assert.Equal(own.ReducedM2, line.ReducedM2, Tolerance(own.ReducedM2));
            Assert.Equal(own.ClearedM2, line.ClearedM2, Tolerance(own.ClearedM2));
            Assert.Equal(own.Finds, line.Finds);
            Assert.Equal(own.Accidents, line.Accidents);
        }
        Assert.Equal(figures.Month.Total.ReleasedM2, figures.Trend[^1].ReleasedM2, Tolerance(figures.Month.Total.ReleasedM2));
    }

    [SkippableFact]
    public void The_maps_polygons_are_what_the_figures_sum()
    {
        var month = BusiestMonth();
        var organisation = demo.Store.Organisations()[0].Id;
        foreach (var figures in new[] { Figures(month), Figures(month, organisation: organisation) })
        {
            var total = figures.Month.Total;
            double Sum(ReleaseMethod m) => figures.Released.Where(r => r.Method == m).Sum(r => r.AreaM2);
            Assert.Equal(total.CancelledM2, Sum(ReleaseMethod.Cancelled), Tolerance(total.CancelledM2));
            Assert.Equal(total.ReducedM2, Sum(ReleaseMethod.Reduced), Tolerance(total.ReducedM2));
            Assert.Equal(total.ClearedM2, Sum(ReleaseMethod.Cleared), Tolerance(total.ClearedM2));
            Assert.All(figures.Released, r => Assert.InRange(r.Date, figures.First, figures.Last));
            var worked = figures.Released.Select(r => r.HazardId).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(figures.Worked);
            Assert.All(figures.Worked, h => Assert.Contains(h.HazardId, worked));
            Assert.All(figures.Worked, h => Assert.True(h.RemainingM2 > 0 && h.CreatedOn <= figures.Last));
            Assert.Equal(figures.Worked.Count, figures.Worked.Select(h => h.HazardId).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [SkippableFact]
    public void A_month_without_work_has_no_figures_and_says_so()
    {
        var figures = Figures(new DateOnly(2000, 1, 1));
        Assert.True(figures.NoWork);
        Assert.Empty(figures.Released);
        Assert.Empty(figures.Worked);
        Assert.Empty(figures.Teams.Groups);
        Assert.Equal(0, figures.Month.Total.Hazards);
        Assert.All(figures.Trend, m => Assert.Equal(0, m.ReleasedM2));
        Assert.False(Figures(BusiestMonth()).NoWork);
    }

    [SkippableFact]
    public void One_pass_takes_roll_ups_of_one_scope_and_end_only()
    {
        var month = new StatusFilter(From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 1, 31));
        Assert.Throws<ArgumentException>(() => Rollup.Compute(demo.Store,
            [(StatusGrouping.None, month), (StatusGrouping.None, month with { To = new DateOnly(2026, 2, 28) })], Rules));
        Assert.Throws<ArgumentException>(() => Rollup.Compute(demo.Store,
            [(StatusGrouping.None, month), (StatusGrouping.None, month with { Region = "elsewhere" })], Rules));
    }

    // Sums of many areas in a different order.
    private static double Tolerance(double total) => Math.Max(1e-3, Math.Abs(total) * 1e-10);
}
