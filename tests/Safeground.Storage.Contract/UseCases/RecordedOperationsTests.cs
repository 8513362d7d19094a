using NetTopologySuite.Geometries;
using Safeground.Demo;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Plausibility;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>The recorded deployments a claim is compared with, read from each kind of store.</summary>
public abstract class RecordedOperationsTests<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    private static readonly DateOnly Day0 = new(2026, 3, 2);

    public void Dispose() => _kind.Dispose();

    private static Polygon Square(double lon, double lat, double side) => Geo.Factory.CreatePolygon([
        new(lon, lat), new(lon + side, lat), new(lon + side, lat + side), new(lon, lat + side), new(lon, lat)]);

    private static Report R(string id, int day, ReportBody body) =>
        new(id, "HA-1", "ORG-A", "T-1", "D-1", Day0.AddDays(day), new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero), "lead", body);

    private static EoFind Find(double lon, double lat, int quantity) => new(EoCategory.ApMine, "PMN-2", quantity, EoCondition.Intact, 10, Geo.Point(lon, lat), Disposal.DestroyedInSitu);

    [SkippableFact]
    public void Counts_approved_reports_only_and_the_land_they_actually_released()
    {
        using var store = _kind.NewStore();
        using (var tx = store.BeginWrite())
        {
            tx.Put(new Organisation("ORG-A", "Field Demining Group North", "UA"));
            tx.Put(new Team("T-1", "ORG-A", "Manual 1", AssetKind.Manual, 20));
            tx.Put(new Deployment("D-1", "T-1", "Izium", Day0, 120));
            tx.Commit();
        }
        var lifecycle = new ReportLifecycle(store, new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(store));
        void Approve(Report r) { lifecycle.Submit(r); lifecycle.Approve(r.Id, TestDeciders.DataManager); }
        Approve(R("R-1", 0, new NonTechnicalSurvey(SurveyAction.Create, "HA-1", "Izium", null, Square(37.0, 49.0, 0.01), null, [new Evidence(EvidenceType.EoSeen, EvidenceSource.Visual)], [])));
        var first = Square(37.0, 49.0, 0.004);
        Approve(R("R-2", 3, new ClearanceProgress(first, 100, null, [Find(37.001, 49.001, 3)])));
        // Half of this strip overlaps land R-2 already cleared: only the new half counts.
        var second = Square(37.002, 49.0, 0.004);
        Approve(R("R-3", 5, new ClearanceProgress(second, 50, null, [Find(37.005, 49.001, 2)])));
        // Submitted but never approved: no effort, no finds, no land.
        lifecycle.Submit(R("R-4", 6, new ClearanceProgress(Square(37.006, 49.006, 0.002), 1_000, null, [Find(37.007, 49.007, 500)])));
        Approve(R("R-5", 7, new AccidentReport(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), Geo.Point(37.003, 49.003), true, "clearance", AssetKind.Manual,
            null, null, null, null, EoCategory.ApMine, "PMN-2", 5, null, null, null,
            [new Core.Accidents.Victim(null, Core.Accidents.Gender.Male, null, 30, null, "deminer", Core.Accidents.VictimOutcome.Injured, null, "excavating")])));

        var recorded = RecordedOperations.Compute(store);

        var d = Assert.Single(recorded.Deployments);
        double cleared = Polygons.AreaM2(first.Union(second));
        // The union here is cut in lon/lat; the replay moves the cut onto the geodesic (GeodesicSnap): a few m² on 20 ha.
        Assert.Equal(cleared, d.ClearedM2, 10.0);
        Assert.Equal(store.FindHazard("HA-1")!.ClearedM2, d.ClearedM2, 6);
        Assert.Equal(150, d.DeminerDays);
        Assert.Equal(d.ClearedM2 / 150, d.M2PerDeminerDay!.Value, 9);
        Assert.Equal(5, d.Finds);
        Assert.Equal(5 / d.ClearedM2, d.FindsPerM2!.Value, 12);
        Assert.Equal(1, d.Injured);
        Assert.Equal(5.0, d.CasualtiesPer100People); // 1 of a team of 20
        Assert.Equal(200.0, d.CasualtiesPer1000Finds);
        Assert.Equal(d with { DeploymentId = "all", TeamId = null, Asset = null, Region = null }, recorded.All);
    }

    [SkippableFact]
    public void The_demo_operation_adds_up_to_its_status_and_reports()
    {
        var demo = DemoOperation.Generate(DemoScale.Operation);
        using var store = _kind.NewStore();
        new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(demo.Organisations, demo.Teams, demo.Deployments, demo.HazardReports, demo.OtherReports, "test");

        var recorded = RecordedOperations.Compute(store);
        var reports = demo.HazardReports.SelectMany(h => h).Concat(demo.OtherReports).ToList();
        Assert.Equal(demo.Deployments.Count, recorded.Deployments.Count);
        Assert.Equal(0, recorded.ReportsWithoutDeployment);
        Assert.Equal(reports.Select(r => r.Body).OfType<ClearanceProgress>().Sum(p => p.DeminerDays ?? 0), recorded.All.DeminerDays, 6);
        Assert.Equal(reports.Where(r => r.Body is ClearanceProgress or Completion).Sum(r => r.Body.AllFinds.Sum(f => (long)f.Quantity)), recorded.All.Finds);
        Assert.Equal(store.Hazards().Sum(h => h.ClearedM2), recorded.All.ClearedM2, 3);
        int demining = reports.Select(r => r.Body).OfType<AccidentReport>().Where(a => a.IsDemining).Sum(a => a.Victims.Count);
        Assert.Equal(demining, recorded.All.Casualties);
        // Manual deployments clear at the demo's 12–45 m² per deminer-day (less where strips overlap cleared land); dog
        // teams declare dog-team-days and clear about 800–900 m² a day (DOMAIN.md), under the productivity-dogs threshold.
        var manual = recorded.Deployments.Where(x => x.M2PerDeminerDay is not null && x.Asset != AssetKind.MineDetectionDogs).ToList();
        Assert.NotEmpty(manual);
        Assert.All(manual, x => Assert.InRange(x.M2PerDeminerDay!.Value, 5, 50));
        var dogs = recorded.Deployments.Where(x => x.M2PerDeminerDay is not null && x.Asset == AssetKind.MineDetectionDogs).ToList();
        Assert.NotEmpty(dogs);
        Assert.All(dogs, x => Assert.InRange(x.M2PerDeminerDay!.Value, 500, 1000));
        Assert.All(recorded.Deployments.Where(x => x.FindsPerM2 is not null), x => Assert.InRange(x.FindsPerM2!.Value, 0.0001, 0.1));
    }
}
