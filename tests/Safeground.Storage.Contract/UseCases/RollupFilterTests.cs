using Safeground.Demo;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// The demo operation in a store of one kind, loaded once for the filter tests, on first use (in a test, so that a
/// kind without its server skips the test instead of failing the fixture).
/// </summary>
public sealed class DemoStoreFixture<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    private readonly Lazy<ISafegroundStore> _store;

    public DemoStoreFixture() => _store = new(Load);

    public ISafegroundStore Store => _store.Value;

    private ISafegroundStore Load()
    {
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        var store = _kind.NewStore();
        new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
        using var tx = store.BeginWrite();
        tx.ReplaceRegions(data.Regions);
        tx.Commit();
        return store;
    }

    public void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
        _kind.Dispose();
    }
}

/// <summary>
/// <see cref="StatusFilter"/> on the demo operation: each restriction partitions the store, so the
/// filtered parts add up to the whole, and what a restriction leaves out is really out.
/// </summary>
public abstract class RollupFilterTests<TKind>(DemoStoreFixture<TKind> demo) : IClassFixture<DemoStoreFixture<TKind>> where TKind : StoreKind, new()
{
    private StatusLine Total(StatusFilter filter, StatusGrouping grouping = StatusGrouping.None) => StatusReport.Compute(demo.Store, grouping, filter, Safeground.Core.Rules.StoredProgramme.Of(demo.Store)).Total;

    private static void AssertSum(StatusLine whole, IReadOnlyList<StatusLine> parts, bool productivity = true)
    {
        Assert.Equal(whole.Hazards, parts.Sum(p => p.Hazards));
        Assert.Equal(whole.OriginalM2, parts.Sum(p => p.OriginalM2), Tolerance(whole.OriginalM2));
        Assert.Equal(whole.RemainingM2, parts.Sum(p => p.RemainingM2), Tolerance(whole.RemainingM2));
        Assert.Equal(whole.CancelledM2, parts.Sum(p => p.CancelledM2), Tolerance(whole.CancelledM2));
        Assert.Equal(whole.ReducedM2, parts.Sum(p => p.ReducedM2), Tolerance(whole.ReducedM2));
        Assert.Equal(whole.ClearedM2, parts.Sum(p => p.ClearedM2), Tolerance(whole.ClearedM2));
        Assert.Equal(whole.Finds, parts.Sum(p => p.Finds));
        foreach (var (category, n) in whole.FindsByCategory) Assert.Equal(n, parts.Sum(p => p.FindsByCategory.GetValueOrDefault(category)));
        Assert.Equal(whole.Accidents, parts.Sum(p => p.Accidents));
        Assert.Equal(whole.Killed, parts.Sum(p => p.Killed));
        Assert.Equal(whole.Injured, parts.Sum(p => p.Injured));
        if (!productivity) return;
        foreach (var (asset, p) in whole.Productivity)
        {
            Assert.Equal(p.Effort, parts.Sum(x => x.Productivity.GetValueOrDefault(asset)?.Effort ?? 0), 6);
            Assert.Equal(p.ClearedM2, parts.Sum(x => x.Productivity.GetValueOrDefault(asset)?.ClearedM2 ?? 0), Tolerance(p.ClearedM2));
        }
    }

    [SkippableFact]
    public void No_filter_is_the_old_roll_up()
    {
        var old = StatusReport.Compute(demo.Store, StatusGrouping.None).Total;
        var filtered = Total(StatusFilter.None);
        AssertSum(old, [filtered]);
        Assert.True(old.Hazards > 100 && old.Finds > 0 && old.Accidents > 0 && old.ClearedM2 > 0);
    }

    [SkippableFact]
    public void Organisations_add_up_to_the_whole()
    {
        var whole = Total(StatusFilter.None);
        var organisations = demo.Store.Organisations().Select(o => o.Id).ToList();
        Assert.True(organisations.Count > 1);
        var parts = organisations.Select(o => Total(new StatusFilter(Organisation: o))).ToList();
        Assert.True(parts.Count(p => p.Hazards > 0) > 1, "the demo has hazards of more than one organisation");
        AssertSum(whole, parts);
        Assert.Equal(0, Total(new StatusFilter(Organisation: "ORG-NOBODY")).Hazards);
    }

    [SkippableFact]
    public void Regions_add_up_to_the_whole_and_keep_only_their_hazards()
    {
        var whole = Total(StatusFilter.None);
        var hazards = demo.Store.Hazards().ToList();
        var finds = demo.Store.Finds().ToList();
        var accidents = demo.Store.Accidents().ToList();
        var names = hazards.Select(h => h.Region).Concat(finds.Select(f => f.Region)).Concat(accidents.Select(a => a.Region))
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(names.Count > 1, "the demo has more than one region");
        var parts = names.Select(n => Total(new StatusFilter(Region: n))).ToList();
        // What carries no region name (spot tasks away from any hazard) is in no region's part.
        long findsWithout = finds.Where(f => f.Region is null).Sum(f => (long)f.Find.Quantity);
        int accidentsWithout = accidents.Count(a => a.Region is null);
        Assert.Equal(whole.Finds - findsWithout, parts.Sum(p => p.Finds));
        Assert.Equal(whole.Accidents - accidentsWithout, parts.Sum(p => p.Accidents));
        Assert.DoesNotContain(hazards, h => h.Region is null);
        Assert.Equal(whole.Hazards, parts.Sum(p => p.Hazards));
        Assert.Equal(whole.OriginalM2, parts.Sum(p => p.OriginalM2), Tolerance(whole.OriginalM2));
        Assert.Equal(whole.RemainingM2, parts.Sum(p => p.RemainingM2), Tolerance(whole.RemainingM2));
        Assert.Equal(whole.ReleasedM2, parts.Sum(p => p.ReleasedM2), Tolerance(whole.ReleasedM2));
        foreach (var (asset, p) in whole.Productivity)
            Assert.Equal(p.Effort, parts.Sum(x => x.Productivity.GetValueOrDefault(asset)?.Effort ?? 0), Tolerance(p.Effort));
        string first = hazards[0].Region!;
        var one = Total(new StatusFilter(Region: first.ToUpperInvariant()));
        Assert.Equal(hazards.Count(h => h.Region == first), one.Hazards);
        Assert.Equal(finds.Where(f => f.Region == first).Sum(f => (long)f.Find.Quantity), one.Finds);
    }

    // Sums of many areas in a different order: equal to a millionth of a m² per thousand hectares.
    private static double Tolerance(double total) => Math.Max(1e-3, Math.Abs(total) * 1e-10);

    [SkippableFact]
    public void A_period_split_in_two_adds_up_for_what_is_dated_and_counts_hazards_recorded_by_its_end()
    {
        var whole = Total(StatusFilter.None);
        var hazards = demo.Store.Hazards().ToList();
        var days = hazards.Select(h => h.CreatedOn).Order().ToList();
        var split = days[days.Count / 2];
        var before = Total(new StatusFilter(To: split));
        var after = Total(new StatusFilter(From: split.AddDays(1)));
        Assert.Equal(hazards.Count(h => h.CreatedOn <= split), before.Hazards);
        // Remaining at the period's end: each hazard replayed from its approved reports dated by then, not what it has today.
        double then = hazards.Where(h => h.CreatedOn <= split).Sum(h => HazardsAsOf.Of(h.HazardId,
            demo.Store.ReportsOfHazard(h.HazardId, ReportStatus.Approved).Select(r => r.Report), split, ProgrammeRules.Default)!.RemainingM2);
        Assert.Equal(then, before.RemainingM2, 3);
        Assert.True(before.RemainingM2 > hazards.Where(h => h.CreatedOn <= split).Sum(h => h.RemainingM2) + 1, "land released after the end still remained then");
        Assert.InRange(before.ReleasedM2 + before.RemainingM2 - before.OriginalM2, -0.01 * before.Hazards, 0.01 * before.Hazards);
        Assert.Equal(whole.Hazards, after.Hazards); // no end: every hazard recorded so far
        Assert.Equal(whole.ReleasedM2, before.ReleasedM2 + after.ReleasedM2, 3);
        Assert.Equal(whole.Finds, before.Finds + after.Finds);
        Assert.Equal(whole.Accidents, before.Accidents + after.Accidents);
        Assert.Equal(whole.Killed + whole.Injured, before.Killed + before.Injured + after.Killed + after.Injured);
        Assert.True(before.ReleasedM2 > 0 && after.ReleasedM2 > 0, "the split leaves releases on both sides");
        foreach (var (asset, p) in whole.Productivity)
            Assert.Equal(p.Effort, (before.Productivity.GetValueOrDefault(asset)?.Effort ?? 0) + (after.Productivity.GetValueOrDefault(asset)?.Effort ?? 0), 6);

        // Grouped by month, nothing released after the end of the period shows.
        var months = StatusReport.Compute(demo.Store, StatusGrouping.Month, new StatusFilter(To: split), Safeground.Core.Rules.StoredProgramme.Of(demo.Store)).Groups;
        string last = split.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(months.Where(m => m.ReleasedM2 > 0 || m.Finds > 0), m => Assert.True(string.CompareOrdinal(m.Key, last) <= 0, m.Key));
    }

    [SkippableTheory]
    [InlineData(StatusGrouping.Region)]
    [InlineData(StatusGrouping.Organisation)]
    [InlineData(StatusGrouping.Team)]
    [InlineData(StatusGrouping.Month)]
    public void Filtered_groups_add_up_to_the_filtered_total(StatusGrouping grouping)
    {
        var organisation = demo.Store.Organisations()[0].Id;
        var to = demo.Store.Hazards().Select(h => h.CreatedOn).Max().AddDays(-30);
        var report = StatusReport.Compute(demo.Store, grouping, new StatusFilter(Organisation: organisation, To: to), Safeground.Core.Rules.StoredProgramme.Of(demo.Store));
        Assert.Equal(organisation, report.Filter.Organisation);
        Assert.True(report.Total.Hazards > 0 && report.Total.ReleasedM2 > 0);
        // Region effort needs a released polygon to be placed: only the total has the effort that released nothing.
        AssertSum(report.Total, report.Groups, productivity: grouping != StatusGrouping.Region);
    }
}
