using Safeground.Core;
using Safeground.Core.Hazards;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Treaty;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// The treaty tables (<see cref="TreatyFigures"/>) on the demo operation (2026): every figure is the one
/// <c>status --as-of 2026-12-31 --by region</c> or <c>status --from 2026-01-01 --to 2026-12-31 --by region</c> gives,
/// and each table's lines add up to its total line.
/// </summary>
public abstract class TreatyFiguresTests<TKind>(DemoStoreFixture<TKind> demo) : IClassFixture<DemoStoreFixture<TKind>> where TKind : StoreKind, new()
{
    private const int Year = 2026;

    private StatusReport Status(StatusFilter filter) => StatusReport.Compute(demo.Store, StatusGrouping.Region, filter, StoredProgramme.Of(demo.Store));

    private static double Tolerance(double total) => Math.Max(1e-6, Math.Abs(total) * 1e-12);

    private static int OpenAreas(StatusLine line, HazardClass c) =>
        line.HazardsByClassAndStatus.Where(kv => kv.Key.Class == c && kv.Key.Status != HazardStatus.Closed).Sum(kv => kv.Value);

    [SkippableFact]
    public void Remaining_areas_are_status_as_of_31_December_by_region_split_by_class()
    {
        var figures = TreatyFigures.Compute(demo.Store, new TreatyRequest(Year), StoredProgramme.Of(demo.Store));
        var total = figures.RemainingTotal;
        var asOf = Status(StatusFilter.AsOfDay(new DateOnly(Year, 12, 31)));
        Assert.True(asOf.ByBoundary, "the demo stores its districts: status splits by boundary");
        var groups = asOf.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        Assert.NotEmpty(figures.Remaining);
        // A region's lines (one per contamination type) add up to its line in status.
        var regions = figures.Remaining.GroupBy(r => r.Region!, StringComparer.Ordinal).ToList();
        foreach (var rows in regions)
        {
            var line = groups[rows.Key];
            Assert.Equal(line.RemainingM2, rows.Sum(r => r.M2), 3);
            Assert.Equal(line.HazardsByStatus.Where(kv => kv.Key != HazardStatus.Closed).Sum(kv => kv.Value), rows.Sum(r => r.Areas));
            Assert.Equal(OpenAreas(line, HazardClass.Sha), rows.Sum(r => r.SuspectedAreas));
            Assert.Equal(OpenAreas(line, HazardClass.Cha), rows.Sum(r => r.ConfirmedAreas));
            Assert.All(rows, r => Assert.NotNull(r.Type));
        }
        // No region with something remaining is left out.
        Assert.Equal(asOf.Groups.Count(g => g.RemainingM2 > 0 || g.HazardsByStatus.Any(kv => kv.Key != HazardStatus.Closed && kv.Value > 0)), regions.Count);
        Assert.Equal(total.M2, figures.RemainingByType.Sum(r => r.M2), 3);
        Assert.Null(figures.RemainingTotal.Region);
        Assert.Equal(asOf.Total.RemainingM2, total.M2, Tolerance(asOf.Total.RemainingM2));
        Assert.Equal(OpenAreas(asOf.Total, HazardClass.Sha), total.SuspectedAreas);
        Assert.Equal(OpenAreas(asOf.Total, HazardClass.Cha), total.ConfirmedAreas);
        Assert.True(total.SuspectedM2 > 0 && total.ConfirmedM2 > 0, "the demo has suspected and confirmed land left");
        // Lines add up to the total, class by class.
        Assert.Equal(total.SuspectedM2, figures.Remaining.Sum(r => r.SuspectedM2), 3);
        Assert.Equal(total.ConfirmedM2, figures.Remaining.Sum(r => r.ConfirmedM2), 3);
        Assert.Equal(total.Areas, figures.Remaining.Sum(r => r.Areas));
    }

    [SkippableFact]
    public void Released_land_and_ordnance_are_status_from_1_January_to_31_December_by_region()
    {
        var figures = TreatyFigures.Compute(demo.Store, new TreatyRequest(Year), StoredProgramme.Of(demo.Store));
        var period = Status(new StatusFilter(From: new DateOnly(Year, 1, 1), To: new DateOnly(Year, 12, 31)));
        var groups = period.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        Assert.NotEmpty(figures.Released);
        var regions = figures.Released.GroupBy(r => r.Region!, StringComparer.Ordinal).ToList();
        foreach (var rows in regions)
        {
            var line = groups[rows.Key];
            Assert.Equal(line.CancelledM2, rows.Sum(r => r.CancelledM2), 3);
            Assert.Equal(line.ReducedM2, rows.Sum(r => r.ReducedM2), 3);
            Assert.Equal(line.ClearedM2, rows.Sum(r => r.ClearedM2), 3);
        }
        Assert.Equal(period.Groups.Count(g => g.ReleasedM2 > 0), regions.Count);
        Assert.Equal(figures.ReleasedTotal.ReleasedM2, figures.ReleasedByType.Sum(r => r.ReleasedM2), 3);
        Assert.Equal(period.Total.CancelledM2, figures.ReleasedTotal.CancelledM2, Tolerance(period.Total.CancelledM2));
        Assert.Equal(period.Total.ReducedM2, figures.ReleasedTotal.ReducedM2, Tolerance(period.Total.ReducedM2));
        Assert.Equal(period.Total.ClearedM2, figures.ReleasedTotal.ClearedM2, Tolerance(period.Total.ClearedM2));
        Assert.True(figures.ReleasedTotal.CancelledM2 > 0 && figures.ReleasedTotal.ReducedM2 > 0 && figures.ReleasedTotal.ClearedM2 > 0);
        Assert.Equal(figures.ReleasedTotal.ReleasedM2, figures.Released.Sum(r => r.ReleasedM2), 3);

        Assert.NotEmpty(figures.Ordnance);
        foreach (var rows in figures.Ordnance.GroupBy(r => r.Region!, StringComparer.Ordinal))
            foreach (var (category, n) in groups[rows.Key].FindsByCategory) Assert.Equal(n, rows.Sum(r => r.Of(category)));
        Assert.Equal(figures.OrdnanceTotal.Total, figures.OrdnanceByType.Sum(r => r.Total));
        Assert.Equal(period.Total.Finds, figures.OrdnanceTotal.Total);
        foreach (var (category, n) in period.Total.FindsByCategory)
        {
            Assert.Equal(n, figures.OrdnanceTotal.Of(category));
            Assert.Equal(n, figures.Ordnance.Sum(r => r.Of(category)));
        }
    }

    [SkippableFact]
    public void A_region_or_organisation_is_status_for_that_region_or_organisation()
    {
        var whole = TreatyFigures.Compute(demo.Store, new TreatyRequest(Year), StoredProgramme.Of(demo.Store));
        string region = demo.Store.Hazards().Select(h => h.Region).OfType<string>().GroupBy(r => r, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key;
        string organisation = demo.Store.Hazards().GroupBy(h => h.OrganisationId, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key;
        foreach (var request in new[] { new TreatyRequest(Year, Region: region), new TreatyRequest(Year, Organisation: organisation) })
        {
            var part = TreatyFigures.Compute(demo.Store, request, StoredProgramme.Of(demo.Store));
            var asOf = Status(request.AsOfYearEnd).Total;
            var period = Status(request.DuringYear).Total;
            Assert.Equal(asOf.RemainingM2, part.RemainingTotal.M2, Tolerance(asOf.RemainingM2));
            Assert.Equal(asOf.HazardsByStatus.Where(kv => kv.Key != HazardStatus.Closed).Sum(kv => kv.Value), part.RemainingTotal.Areas);
            Assert.Equal(period.ReleasedM2, part.ReleasedTotal.ReleasedM2, Tolerance(period.ReleasedM2));
            Assert.Equal(period.Finds, part.OrdnanceTotal.Total);
            Assert.True(part.RemainingTotal.M2 < whole.RemainingTotal.M2 && part.ReleasedTotal.ReleasedM2 < whole.ReleasedTotal.ReleasedM2, request.ToString());
        }
    }

    [SkippableFact]
    public void A_year_without_data_is_refused_with_a_message()
    {
        int before = demo.Store.Hazards().Min(h => h.CreatedOn).Year - 1;
        var e = Assert.Throws<SafegroundException>(() => TreatyFigures.Compute(demo.Store, new TreatyRequest(before), StoredProgramme.Of(demo.Store)));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains(before.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Throws<SafegroundException>(() => TreatyFigures.Compute(demo.Store, new TreatyRequest(Year, Region: "no such region"), StoredProgramme.Of(demo.Store)));
    }
}
