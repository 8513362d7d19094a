using Safeground.Core.Accidents;
using Safeground.Demo;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Demo.Tests;

/// <summary>The operation demo is shown to an authority: its numbers must hold up against DOMAIN.md.</summary>
public class DemoOperationRealismTests(OperationFixture f) : IClassFixture<OperationFixture>
{
    private static readonly DateOnly Start = DemoOperation.DefaultStart;

    [Fact]
    public void Hazard_count_is_a_few_hundred()
    {
        Assert.InRange(f.Hazards.Count, 200, 400);
        Assert.All(f.Hazards, h => Assert.Matches(@"^HA-KH-\d{4}$", h[0].HazardId!));
        Assert.Equal(f.Hazards.Count, f.Hazards.Select(h => h[0].HazardId).Distinct().Count());
    }

    [Fact]
    public void Every_hazard_replays_and_conserves_area()
    {
        Assert.All(f.States, s =>
        {
            Assert.NotNull(s);
            Assert.Equal(s.OriginalM2, s.CancelledM2 + s.ReducedM2 + s.ClearedM2 - s.ReopenedM2 + s.RemainingM2, 0.01);
            Assert.InRange(s.OriginalM2 / 10_000, 0.4, 41);
        });
    }

    [Fact]
    public void All_three_release_methods_release_land_and_some_hazards_close()
    {
        Assert.True(f.States.Sum(s => s.CancelledM2) > 10_000);
        Assert.True(f.States.Sum(s => s.ReducedM2) > 10_000);
        Assert.True(f.States.Sum(s => s.ClearedM2) > 10_000);
        Assert.InRange(f.States.Count(s => s.Status == HazardStatus.Closed), 10, f.States.Count - 50);
        Assert.Contains(f.States, s => s.Status == HazardStatus.Closed && s.CancelledM2 > 0 && s.ClearedM2 == 0); // cancelled whole
        Assert.Contains(f.States, s => s.Status == HazardStatus.Closed && s.ClearedM2 > 0);
        Assert.Contains(f.States, s => s.Class == HazardClass.Sha);
        Assert.Contains(f.States, s => s.Class == HazardClass.Cha);
    }

    [Fact]
    public void Finds_span_every_category_in_the_thousands_at_plausible_density()
    {
        var finds = f.AllReports.SelectMany(r => r.Body.AllFinds).ToList();
        Assert.InRange(finds.Count, 2_000, 50_000);
        Assert.Equal(Enum.GetValues<EoCategory>().Order(), finds.Select(x => x.Category).Distinct().Order());
        string[] models = ["PMN-2", "PFM-1", "OZM-72", "POM-2", "TM-62M", "TM-57", "VOG-17", "9N210", "9N235"];
        Assert.All(models, m => Assert.Contains(finds, x => x.Model == m));
        Assert.All(finds, x => Assert.InRange(x.DepthCm ?? 0, 0, 40));
        Assert.True(finds.Count(x => x.Disposal == Disposal.DestroyedInSitu) > finds.Count / 2);
        double cleared = f.States.Sum(s => s.ClearedM2);
        Assert.InRange(finds.Count / cleared, 0.0003, 0.01);
        Assert.All(f.States.Where(s => s.ClearedM2 > 10_000), s => Assert.True(s.FindCount / s.ClearedM2 < 0.1 * 20, s.HazardId));
    }

    [Fact]
    public void Finds_lie_inside_the_area_worked()
    {
        // Except the find the demo plants with its latitude typed wrong (docs/user-guide.md).
        foreach (var r in f.AllReports.Where(r => r.Body is ClearanceProgress))
        {
            var p = (ClearanceProgress)r.Body;
            Assert.All(p.Finds.Where((_, k) => !(r.Id == "R-2026-000281" && k == 0)), x => Assert.True(p.AreaWorked!.Covers(x.Position)));
        }
        var planted = (ClearanceProgress)f.AllReports.Single(r => r.Id == "R-2026-000281").Body;
        Assert.False(planted.AreaWorked!.Covers(planted.Finds[0].Position));
    }

    [Fact]
    public void Accidents_have_victims_killed_and_injured()
    {
        var accidents = f.AllReports.Where(r => r.Body is AccidentReport).ToList();
        Assert.InRange(accidents.Count, 3, 6);
        var bodies = accidents.Select(r => (AccidentReport)r.Body).ToList();
        Assert.Contains(bodies, a => a.IsDemining);
        Assert.Contains(bodies, a => !a.IsDemining);
        Assert.Contains(accidents, r => r.HazardId is not null);
        var victims = bodies.SelectMany(a => a.Victims).ToList();
        Assert.Contains(victims, v => v.Outcome == VictimOutcome.Killed);
        Assert.Contains(victims, v => v.Outcome == VictimOutcome.Injured);
        Assert.All(victims, v =>
        {
            Assert.NotEqual(Gender.Unknown, v.Gender);
            Assert.NotNull(v.Age);
            Assert.False(string.IsNullOrEmpty(v.Role));
        });
        Assert.All(bodies, a => Assert.Equal(DateOnly.FromDateTime(a.OccurredAt.UtcDateTime), accidents[bodies.IndexOf(a)].DateOfInformation));
    }

    [Fact]
    public void Reports_are_dated_in_the_deployment_and_after_their_hazard()
    {
        Assert.All(f.AllReports, r =>
        {
            Assert.InRange(r.DateOfInformation, Start, Start.AddDays(119));
            Assert.True(r.SubmittedAt > new DateTimeOffset(r.DateOfInformation.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            Assert.True(r.SubmittedAt < new DateTimeOffset(r.DateOfInformation.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1));
        });
        foreach (var h in f.Hazards)
        {
            var create = Assert.IsType<NonTechnicalSurvey>(h[0].Body);
            Assert.Equal(SurveyAction.Create, create.Action);
            Assert.All(h, r => Assert.Equal(h[0].HazardId, r.HazardId));
            Assert.All(h, r => Assert.True(r.DateOfInformation >= h[0].DateOfInformation));
            Assert.Equal(h, h.Order(ReplayOrder.Instance));
        }
        var ids = f.AllReports.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Field_reports_name_their_team_and_deployment()
    {
        var teams = f.Data.Teams.ToDictionary(t => t.Id);
        var deployments = f.Data.Deployments.ToDictionary(d => d.Id);
        Assert.InRange(teams.Count, 6, 10);
        Assert.InRange(f.Data.Organisations.Count, 3, 4);
        Assert.All(f.AllReports, r =>
        {
            var team = teams[r.TeamId!];
            Assert.Equal(team.OrganisationId, r.OrganisationId);
            Assert.Equal(team.Id, deployments[r.DeploymentId!].TeamId);
        });
        Assert.All(f.Data.Teams, t => Assert.InRange(t.Size, t.Asset == AssetKind.Manual ? 10 : 1, t.Asset == AssetKind.Manual ? 30 : 3));
    }

    [Fact]
    public void Every_organisation_is_managed_and_accredited_for_the_work_its_reports_record()
    {
        var organisations = f.Data.Organisations.ToDictionary(o => o.Id);
        Assert.All(organisations.Values, o => Assert.True(o.IsManaged, o.Id));
        var covered = f.AllReports.Where(r => Activities.Of(r.Kind) is not null).ToList();
        Assert.NotEmpty(covered);
        Assert.All(covered, r => Assert.True(organisations[r.OrganisationId].IsAccreditedFor(Activities.Of(r.Kind)!.Value, r.DateOfInformation), r.Id));
    }

    [Fact]
    public void Productivity_is_within_the_plausible_rates()
    {
        var teams = f.Data.Teams.ToDictionary(t => t.Id);
        var progress = f.AllReports.Where(r => r.Body is ClearanceProgress).ToList();
        Assert.Contains(progress, r => teams[r.TeamId!].Asset == AssetKind.Manual);
        Assert.Contains(progress, r => teams[r.TeamId!].Asset == AssetKind.Mechanical);
        Assert.Contains(progress, r => teams[r.TeamId!].Asset == AssetKind.MineDetectionDogs);
        foreach (var r in progress.Where(r => r.Id != PlantedEffort))
        {
            var p = (ClearanceProgress)r.Body;
            double m2 = Polygons.AreaM2(p.AreaWorked!);
            var asset = teams[r.TeamId!].Asset;
            // Dog teams declare their effort too, as dog-team-days (800-900 m² a day per pair).
            if (asset == AssetKind.MineDetectionDogs) Assert.InRange(m2 / p.DeminerDays!.Value, 700, 1_000);
            else if (p.DeminerDays is double dd) Assert.InRange(m2 / dd, 10, 50);
            if (p.MachineHours is double mh) Assert.InRange(m2 / mh, 300, 2_500);
        }
        // No team clears more than its capacity over the rotation (dogs: 900 m² a day per pair).
        foreach (var t in f.Data.Teams.Where(t => t.Asset == AssetKind.MineDetectionDogs))
            Assert.True(progress.Where(r => r.TeamId == t.Id).Sum(r => Polygons.AreaM2(((ClearanceProgress)r.Body).AreaWorked!)) < t.Size * 900 * 120);
    }

    /// <summary>The progress report the demo plants with a digit dropped from its deminer-days (docs/user-guide.md).</summary>
    private const string PlantedEffort = "R-2026-000100";

    [Fact]
    public void Every_deployment_reports_no_more_effort_than_its_team_could_work()
    {
        var teams = f.Data.Teams.ToDictionary(t => t.Id);
        var deployments = f.Data.Deployments.ToDictionary(d => d.Id);
        var byDeployment = f.AllReports.Where(r => r.Body is ClearanceProgress { DeminerDays: > 0 }).GroupBy(r => r.DeploymentId!).ToList();
        Assert.NotEmpty(byDeployment);
        foreach (var g in byDeployment)
        {
            var d = deployments[g.Key];
            int days = g.Max(r => r.DateOfInformation).DayNumber - d.Start.DayNumber + 1;
            double reported = g.Sum(r => ((ClearanceProgress)r.Body).DeminerDays!.Value);
            Assert.True(reported <= teams[d.TeamId].Size * days, $"{g.Key}: {reported} deminer-days > {teams[d.TeamId].Size} x {days}");
        }
    }

    [Fact]
    public void The_operation_has_a_defined_hazardous_area_a_handover_and_a_suspended_hazard()
    {
        Assert.Contains(f.AllReports, r => r.Body is TechnicalSurvey { Defined.IsEmpty: false });
        Assert.Contains(f.States, s => s.Defined is { IsEmpty: false });
        Assert.Contains(f.States, s => s.Status == HazardStatus.Closed && s.HandedOverTo is not null);
        var suspended = Assert.Single(f.States, s => s.Status == HazardStatus.Suspended);
        Assert.Contains(f.Hazards.Single(h => h[0].HazardId == suspended.HazardId), r => r.Body is ClearanceProgress { SuspendedBecause: not null });
    }

    [Fact]
    public void Polygons_are_valid_and_hazards_do_not_overlap()
    {
        var geometries = f.AllReports.Select(r => r.Body).SelectMany<ReportBody, NetTopologySuite.Geometries.Geometry?>(b => b switch
        {
            NonTechnicalSurvey n => [n.Perimeter, n.Cancelled],
            TechnicalSurvey t => [t.Reduced],
            ClearanceProgress p => [p.AreaWorked],
            Completion c => [c.Cleared],
            _ => [],
        }).OfType<NetTopologySuite.Geometries.Geometry>().ToList();
        Assert.All(geometries, g => Assert.True(g.IsValid && g.SRID == Geo.Wgs84));
        var perimeters = f.States.Select(s => s.Original).ToList();
        Assert.Contains(perimeters, p => p is NetTopologySuite.Geometries.MultiPolygon);
        Assert.Contains(perimeters, p => p is NetTopologySuite.Geometries.Polygon { NumInteriorRings: > 0 });
        Assert.All(perimeters, p => Assert.InRange(p.Coordinates.Length, 6, 60));
        for (int i = 0; i < perimeters.Count; i++)
            for (int j = i + 1; j < perimeters.Count; j++)
                if (perimeters[i].EnvelopeInternal.Intersects(perimeters[j].EnvelopeInternal))
                    Assert.False(perimeters[i].Intersects(perimeters[j]), $"{f.States[i].HazardId} overlaps {f.States[j].HazardId}");
        Assert.All(perimeters, p => Assert.True(p.Centroid.X is > 36.0 and < 38.0 && p.Centroid.Y is > 49.3 and < 50.5));
    }
}
