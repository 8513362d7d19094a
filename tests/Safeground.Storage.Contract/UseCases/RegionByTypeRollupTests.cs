using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;
using Safeground.Core.Status;
using Safeground.Core.Storage;
using Safeground.Core.Treaty;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// The roll-up by region split by contamination type (the treaty tables' region × type): a region's lines add up to
/// its line unsplit, a type's lines over the regions to its line by type, and a hazard across a boundary splits its
/// areas by region under its one type.
/// </summary>
public abstract class RegionByTypeRollupTests<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    private readonly ISafegroundStore _store;
    private static readonly DateOnly Day0 = new(2025, 3, 1);

    protected RegionByTypeRollupTests() => _store = _kind.NewStore();

    public void Dispose()
    {
        _store.Dispose();
        _kind.Dispose();
    }

    private static NetTopologySuite.Geometries.Geometry Box(double lon0, double lon1, double lat0 = 49.0, double height = 0.01) =>
        ContractData.Wkt(FormattableString.Invariant($"POLYGON (({lon0} {lat0}, {lon1} {lat0}, {lon1} {lat0 + height}, {lon0} {lat0 + height}, {lon0} {lat0}))"));

    private static Report R(string id, string hazard, int day, ReportBody body) =>
        new(id, hazard, "ORG-1", "T-1", "D-1", Day0.AddDays(day), ContractData.T0.AddDays(day), "team leader", body);

    private static NonTechnicalSurvey Create(string name, double lon0, double width, ContaminationType? type) =>
        new(SurveyAction.Create, name, "West", null, Box(lon0, lon0 + width), null, [], [], type);

    private static EoFind Find(double lon, EoCategory category) =>
        new(category, null, 3, EoCondition.Intact, 10, Geo.Point(lon, 49.005), Disposal.DestroyedInSitu);

    // West is lon 36.00..36.05, East 36.05..36.10. HA-AP (anti-personnel) lies across the boundary; HA-CM (cluster
    // munitions) in the West; HA-NS (no type stated) in the East; a spot find outside any hazard in the East.
    private void Load()
    {
        var hazards = new List<IReadOnlyList<Report>>
        {
            new[]
            {
                R("AP-1", "HA-AP", 0, Create("AP field", 36.04, 0.02, ContaminationType.AntiPersonnelMines)),
                R("AP-2", "HA-AP", 10, new ClearanceProgress(Box(36.04, 36.055), 30, null, [Find(36.045, EoCategory.ApMine), Find(36.052, EoCategory.ApMine)])),
            },
            new[]
            {
                R("CM-1", "HA-CM", 0, Create("CM field", 36.01, 0.01, ContaminationType.ClusterMunitions)),
                R("CM-2", "HA-CM", 20, new TechnicalSurvey(Box(36.01, 36.015), true, [Find(36.012, EoCategory.Submunition)], null, null)),
            },
            new[]
            {
                R("NS-1", "HA-NS", 0, Create("Unknown field", 36.08, 0.01, null)),
                R("NS-2", "HA-NS", 15, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, Box(36.08, 36.083), [], [])),
            },
        };
        new BulkLoader(_store, TimeProvider.System, StoredProgramme.Of(_store)).Load(
            [new Organisation("ORG-1", "Org", "UA")], [new Team("T-1", "ORG-1", "Team", AssetKind.Manual, 10)],
            [new Deployment("D-1", "T-1", "West", Day0, 90)], hazards, [], "data manager");
        using var tx = _store.BeginWrite();
        tx.ReplaceRegions([new Region("West", Box(36.0, 36.05, 48.9, 0.2)), new Region("East", Box(36.05, 36.10, 48.9, 0.2))]);
        tx.Commit();
    }

    [SkippableFact]
    public void Each_regions_lines_by_type_add_up_to_the_region_and_each_types_to_the_type()
    {
        Load();
        var rules = StoredProgramme.Of(_store);
        var filter = new StatusFilter(From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 12, 31));
        var split = StatusReport.Compute(_store, StatusGrouping.Region, filter, rules, byContaminationType: true);
        var regions = StatusReport.Compute(_store, StatusGrouping.Region, filter, rules);
        var types = StatusReport.Compute(_store, StatusGrouping.ContaminationType, filter, rules);
        Assert.Equal(["East/anti-personnel-mines", "East/not-stated", "West/anti-personnel-mines", "West/cluster-munitions"],
            split.Groups.Select(g => $"{g.Key}/{g.ContaminationType}"));
        Assert.All(regions.Groups, g => Assert.Null(g.ContaminationType));
        foreach (var region in regions.Groups) AssertSum(region, split.Groups.Where(g => g.Key == region.Key).ToList());
        foreach (var type in types.Groups) AssertSum(type, split.Groups.Where(g => g.ContaminationType == type.Key).ToList());
        AssertSum(split.Total, split.Groups);
        // The hazard across the boundary: its area in both regions, counted (as an area) in the one holding most of it.
        var ap = split.Groups.Where(g => g.ContaminationType == "anti-personnel-mines").ToList();
        Assert.All(ap, g => Assert.True(g.OriginalM2 > 0 && g.ClearedM2 > 0));
        Assert.Equal(1, ap.Sum(g => g.Hazards));
        Assert.Equal(3, split.Groups.Single(g => g.Key == "West" && g.ContaminationType == "anti-personnel-mines").Finds);

        var treaty = TreatyFigures.Compute(_store, new TreatyRequest(2025), rules);
        Assert.Equal(treaty.RemainingTotal.M2, treaty.RemainingByType.Sum(r => r.M2), 3);
        Assert.Equal(treaty.ReleasedTotal.ReleasedM2, treaty.ReleasedByType.Sum(r => r.ReleasedM2), 3);
        Assert.Equal(treaty.OrdnanceTotal.Total, treaty.OrdnanceByType.Sum(r => r.Total));
        Assert.Equal(types.Groups.Single(g => g.Key == "cluster-munitions").ReducedM2, treaty.ReleasedByType.Single(r => r.Type == "cluster-munitions").ReducedM2, 6);
    }

    private static void AssertSum(StatusLine whole, IReadOnlyList<StatusLine> parts)
    {
        Assert.NotEmpty(parts);
        Assert.Equal(whole.Hazards, parts.Sum(p => p.Hazards));
        Assert.Equal(whole.Finds, parts.Sum(p => p.Finds));
        foreach (var (name, figure) in new (string, Func<StatusLine, double>)[]
                 {
                     ("original", l => l.OriginalM2), ("cancelled", l => l.CancelledM2), ("reduced", l => l.ReducedM2),
                     ("cleared", l => l.ClearedM2), ("remaining", l => l.RemainingM2),
                 })
            Assert.True(Math.Abs(figure(whole) - parts.Sum(figure)) < 1e-3, $"{whole.Key} {name}: {figure(whole)} m², parts {parts.Sum(figure)} m²");
        foreach (var (c, m2) in whole.RemainingM2ByClass) Assert.Equal(m2, parts.Sum(p => p.RemainingM2ByClass.GetValueOrDefault(c)), 3);
    }
}
