using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// The roll-up by contamination type on each kind of store: a hazard counts under the type the latest survey stated
/// ("not-stated" otherwise, whatever its finds suggest), and the types' figures add up to the total to the m².
/// </summary>
public abstract class ContaminationRollupTests<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    private readonly ISafegroundStore _store;
    private static readonly DateOnly Day0 = new(2024, 3, 1);

    protected ContaminationRollupTests() => _store = _kind.NewStore();

    public void Dispose()
    {
        _store.Dispose();
        _kind.Dispose();
    }

    private static NetTopologySuite.Geometries.Geometry Box(double lon0, double lon1, double lat0 = 49.0) =>
        ContractData.Wkt(FormattableString.Invariant($"POLYGON (({lon0} {lat0}, {lon1} {lat0}, {lon1} {lat0 + 0.01}, {lon0} {lat0 + 0.01}, {lon0} {lat0}))"));

    private static Report R(string id, string hazard, int day, ReportBody body) =>
        new(id, hazard, "ORG-1", "T-1", "D-1", Day0.AddDays(day), ContractData.T0.AddDays(day), "team leader", body);

    private static NonTechnicalSurvey Create(string name, double lon0, ContaminationType? type) =>
        new(SurveyAction.Create, name, "Somewhere", null, Box(lon0, lon0 + 0.01), null, [], [], type);

    private static EoFind Find(double lon, EoCategory category) =>
        new(category, null, 2, EoCondition.Intact, 10, Geo.Point(lon, 49.005), Disposal.DestroyedInSitu);

    // HA-AP: stated anti-personnel when recorded. HA-CM: recorded without a type, a technical survey on day 20 states
    // cluster munitions. HA-NS: never stated, though its finds are anti-vehicle mines (a suggestion, not counted).
    private void Load()
    {
        var hazards = new List<IReadOnlyList<Report>>
        {
            new[]
            {
                R("AP-1", "HA-AP", 0, Create("AP field", 36.0, ContaminationType.AntiPersonnelMines)),
                R("AP-2", "HA-AP", 10, new ClearanceProgress(Box(36.0, 36.004), 30, null, [Find(36.001, EoCategory.ApMine)])),
                R("AP-3", "HA-AP", 30, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, Box(36.008, 36.01), [], [])),
            },
            new[]
            {
                R("CM-1", "HA-CM", 0, Create("CM field", 36.02, null)),
                R("CM-2", "HA-CM", 20, new TechnicalSurvey(Box(36.02, 36.025), true, [Find(36.021, EoCategory.Submunition)], null, ContaminationType.ClusterMunitions)),
            },
            new[]
            {
                R("NS-1", "HA-NS", 0, Create("Unknown field", 36.04, null)),
                R("NS-2", "HA-NS", 15, new TechnicalSurvey(Box(36.04, 36.043), true, [Find(36.041, EoCategory.AtMine)])),
            },
        };
        new BulkLoader(_store, TimeProvider.System, StoredProgramme.Of(_store)).Load(
            [new Organisation("ORG-1", "Org", "UA")], [new Team("T-1", "ORG-1", "Team", AssetKind.Manual, 10)],
            [new Deployment("D-1", "T-1", "Somewhere", Day0, 90)], hazards, [], "data manager");
    }

    [SkippableFact]
    public void A_hazard_counts_under_the_type_its_latest_survey_stated_and_the_types_add_up_to_the_total()
    {
        Load();
        Assert.Equal(ContaminationType.ClusterMunitions, _store.FindHazard("HA-CM")!.ContaminationType);
        Assert.Null(_store.FindHazard("HA-NS")!.ContaminationType);
        var report = StatusReport.Compute(_store, StatusGrouping.ContaminationType);
        var groups = report.Groups.ToDictionary(g => g.Key);
        Assert.Equal(["anti-personnel-mines", "cluster-munitions", "not-stated"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, groups["anti-personnel-mines"].Hazards);
        Assert.True(groups["anti-personnel-mines"].CancelledM2 > 0 && groups["anti-personnel-mines"].ClearedM2 > 0);
        Assert.True(groups["cluster-munitions"].ReducedM2 > 0);
        Assert.Equal(2, groups["cluster-munitions"].FindsByCategory[EoCategory.Submunition]);
        Assert.Equal(2, groups["not-stated"].FindsByCategory[EoCategory.AtMine]);
        AssertAddsUp(report);
    }

    [SkippableFact]
    public void As_of_a_day_before_a_survey_stated_the_type_the_hazard_was_not_stated_and_a_period_counts_its_releases_by_type()
    {
        Load();
        var before = StatusReport.Compute(_store, StatusGrouping.ContaminationType, new StatusFilter(To: Day0.AddDays(19)), StoredProgramme.Of(_store));
        Assert.DoesNotContain(before.Groups, g => g.Key == "cluster-munitions");
        Assert.Equal(2, before.Groups.Single(g => g.Key == "not-stated").Hazards);
        AssertAddsUp(before);
        var period = StatusReport.Compute(_store, StatusGrouping.ContaminationType, new StatusFilter(From: Day0.AddDays(12), To: Day0.AddDays(40)), StoredProgramme.Of(_store));
        Assert.Equal(0, period.Groups.Single(g => g.Key == "anti-personnel-mines").ClearedM2); // cleared on day 10, before the period
        AssertAddsUp(period);
    }

    private static void AssertAddsUp(StatusReport report)
    {
        var t = report.Total;
        Assert.Equal(t.Hazards, report.Groups.Sum(g => g.Hazards));
        Assert.Equal(t.Finds, report.Groups.Sum(g => g.Finds));
        foreach (var (name, figure) in new (string, Func<StatusLine, double>)[]
                 {
                     ("original", l => l.OriginalM2), ("cancelled", l => l.CancelledM2), ("reduced", l => l.ReducedM2),
                     ("cleared", l => l.ClearedM2), ("remaining", l => l.RemainingM2), ("released", l => l.ReleasedM2),
                 })
        {
            double sum = report.Groups.Sum(figure);
            Assert.True(Math.Abs(figure(t) - sum) < 1, $"{name}: total {figure(t)} m², types {sum} m²");
        }
        Assert.True(t.RemainingM2 > 0 && t.ReleasedM2 > 0);
    }
}
