using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>Roll-ups (productivity, regions by boundary, team and deployment) on each kind of store.</summary>
public abstract class RollupTests<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    private readonly ISafegroundStore _store;
    private static readonly DateOnly Day0 = new(2024, 3, 1);

    protected RollupTests() => _store = _kind.NewStore();

    public void Dispose()
    {
        _store.Dispose();
        _kind.Dispose();
    }

    private static NetTopologySuite.Geometries.Geometry Box(double lon0, double lon1) =>
        ContractData.Wkt(FormattableString.Invariant($"POLYGON (({lon0} 49.0, {lon1} 49.0, {lon1} 49.01, {lon0} 49.01, {lon0} 49.0))"));

    private static Report R(string id, string team, string deployment, int day, ReportBody body) =>
        new(id, "HA-1", "ORG-1", team, deployment, Day0.AddDays(day), ContractData.T0.AddDays(day), "team leader", body);

    // A 1 km-wide field across the boundary 36.005 of two districts; a manual team clears the west
    // half in two reports (the second overlapping the first), a machine the east half.
    private HazardState Load()
    {
        var reports = new[]
        {
            R("R-NTS", "T-S", "D-S", 0, new NonTechnicalSurvey(SurveyAction.Create, "Field", "Somewhere", null, Box(36.0, 36.01), null, [], [])),
            R("R-CP-1", "T-M", "D-M", 10, new ClearanceProgress(Box(36.0, 36.003), 40, null, [])),
            R("R-CP-2", "T-M", "D-M", 12, new ClearanceProgress(Box(36.002, 36.005), 30, null, [])), // a third of it was cleared already
            R("R-CP-3", "T-X", "D-X", 15, new ClearanceProgress(Box(36.005, 36.0075), null, 6, [])),
        };
        var state = HazardProjector.Replay("HA-1", reports, Safeground.Core.Rules.ProgrammeRules.Default)!;
        using var tx = _store.BeginWrite();
        tx.Put(new Team("T-S", "ORG-1", "Survey", AssetKind.Manual, 4));
        tx.Put(new Team("T-M", "ORG-1", "Manual 1", AssetKind.Manual, 20));
        tx.Put(new Team("T-X", "ORG-1", "Flail", AssetKind.Mechanical, 1));
        foreach (var r in reports)
        {
            tx.AddReport(r, ContractData.Submitted(r));
            tx.Record(ContractData.Approved(r));
        }
        tx.PutHazard(state);
        tx.ReplaceRegions([new Region("West", Box(35.9, 36.005)), new Region("East", Box(36.005, 36.1))]);
        tx.Commit();
        return state;
    }

    private static double Released(HazardState h, string reportId) => h.Releases.Where(r => r.ReportId == reportId).Sum(r => r.AreaM2);

    [SkippableFact]
    public void Productivity_is_what_progress_reports_released_per_deminer_day_and_machine_hour()
    {
        var h = Load();
        var total = StatusReport.Compute(_store, StatusGrouping.None).Total;
        var manual = total.Productivity[AssetKind.Manual];
        var machine = total.Productivity[AssetKind.Mechanical];
        Assert.Equal(70, manual.Effort);
        Assert.Equal(Released(h, "R-CP-1") + Released(h, "R-CP-2"), manual.ClearedM2, 6);
        // The overlap was counted once: the manual team released 0.005° of longitude, about 365 m × 1,112 m.
        Assert.InRange(manual.ClearedM2 / Polygons.AreaM2(Box(36.0, 36.005)), 0.9999, 1.0001);
        Assert.Equal(manual.ClearedM2 / 70, manual.Rate!.Value, 9);
        Assert.Equal(6, machine.Effort);
        Assert.Equal(Released(h, "R-CP-3") / 6, machine.Rate!.Value, 9);
    }

    [SkippableFact]
    public void By_team_the_hazard_belongs_to_its_surveyor_and_releases_and_effort_to_the_teams_that_made_them()
    {
        var h = Load();
        var groups = StatusReport.Compute(_store, StatusGrouping.Team).Groups.ToDictionary(g => g.Key);
        Assert.Equal(["T-M", "T-S", "T-X"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((1, h.RemainingM2, 0.0), (groups["T-S"].Hazards, groups["T-S"].RemainingM2, groups["T-S"].ClearedM2));
        Assert.Equal(Released(h, "R-CP-1") + Released(h, "R-CP-2"), groups["T-M"].ClearedM2, 6);
        Assert.Equal(70, groups["T-M"].Productivity[AssetKind.Manual].Effort);
        Assert.Equal(6, groups["T-X"].Productivity[AssetKind.Mechanical].Effort);
        var deployments = StatusReport.Compute(_store, StatusGrouping.Deployment).Groups.Select(g => g.Key);
        Assert.Equal(["D-M", "D-S", "D-X"], deployments);
    }

    [SkippableFact]
    public void By_region_areas_are_split_by_the_stored_boundaries_and_add_up()
    {
        var h = Load();
        var report = StatusReport.Compute(_store, StatusGrouping.Region);
        Assert.True(report.ByBoundary);
        var groups = report.Groups.ToDictionary(g => g.Key);
        Assert.True(!groups.ContainsKey(RegionIndex.Outside), groups.TryGetValue(RegionIndex.Outside, out var o) ? $"{o.Hazards} {o.RemainingM2} {o.ClearedM2} {o.OriginalM2}" : "");
        Assert.Equal(["East", "West"], groups.Keys.Order(StringComparer.Ordinal));
        // The manual team worked the west half exactly: all of it cleared, the remaining area all in the east.
        Assert.InRange(groups["West"].RemainingM2, 0, 0.01);
        Assert.InRange(groups["East"].RemainingM2 - h.RemainingM2, -0.01, 0.01);
        Assert.Equal(70, groups["West"].Productivity[AssetKind.Manual].Effort, 9);
        Assert.InRange(groups["West"].OriginalM2 + groups["East"].OriginalM2 - h.OriginalM2, -0.01, 0.01);
        Assert.InRange(groups["West"].ClearedM2 + groups["East"].ClearedM2 - h.ClearedM2, -0.01, 0.01);
        Assert.Equal(1, groups["East"].Hazards); // counted once, where most of it lies (the east: 0.005 uncleared + 0.0025 of machine work... and half the field)
        Assert.Equal(0, groups["West"].Hazards);
        var remaining = RemainingArea.Compute(_store);
        Assert.InRange(remaining.ByRegion["East"] - h.RemainingM2, -0.01, 0.01);
    }
}
