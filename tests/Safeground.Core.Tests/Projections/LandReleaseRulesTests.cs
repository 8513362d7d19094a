using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Projections;

/// <summary>The IMAS land-release rules as the replay applies them: which report may do what.</summary>
public class LandReleaseRulesTests
{
    private static readonly NetTopologySuite.Geometries.Polygon Field = Square(37.25, 49.2, 400); // ≈ 16 ha

    private static void AssertConserved(HazardState s) =>
        Assert.InRange(s.CancelledM2 + s.ReducedM2 + s.ClearedM2 + s.RemainingM2 - s.OriginalM2, -0.01, 0.01);

    private static RuleFlag Only(HazardState s, string ruleId) => Assert.Single(s.RuleFlags, f => f.RuleId == ruleId);

    [Fact]
    public void Clearing_land_that_survey_cancelled_is_an_error()
    {
        var west = Square(37.25, 49.2, 200);
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Cancel("HA-1", west, 2, "R-2"), Clear("HA-1", west, 5, "R-3")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        var flag = Only(s, RuleIds.ClearingCancelledLand);
        Assert.Equal("R-3", flag.ReportId);
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Contains("cancelled (report R-2", flag.Message, StringComparison.Ordinal);
        Assert.InRange(flag.Figure!.Value, 0.99, 1.0); // all of the area worked had been cancelled
        AssertConserved(s);
    }

    [Fact]
    public void A_completion_that_leaves_area_does_not_close_the_hazard()
    {
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Complete("HA-1", Square(37.25, 49.2, 200), 5, "R-2")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.Open, s.Status); // an error: not applied at all (ErrorFlagTests)
        Assert.Equal(0, s.ClearedM2);
        var flag = Only(s, RuleIds.CompletionLeavesArea);
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.InRange(flag.Figure!.Value, 119_000, 121_000);
        Assert.Contains("12.", flag.Message, StringComparison.Ordinal); // "12.0x ha still hazardous"
    }

    [Fact]
    public void A_report_dated_before_the_hazard_is_flagged_and_not_applied()
    {
        var s = HazardProjector.Replay("HA-1", [Clear("HA-1", Field, -3, "R-0"), Create("HA-1", Field)], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(0, s.ClearedM2);
        var flag = Only(s, RuleIds.ReportBeforeHazard);
        Assert.Equal("R-0", flag.ReportId);
        Assert.Contains("2026-02-27", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_more_is_released_from_a_closed_hazard()
    {
        var s = HazardProjector.Replay("HA-1", [
            Create("HA-1", Field), Complete("HA-1", Field, 5, "R-2"), Cancel("HA-1", Field, 6, "R-3")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.Closed, s.Status);
        Assert.Equal(0, s.CancelledM2);
        Assert.Equal("R-3", Only(s, RuleIds.ReleaseOnClosedHazard).ReportId);
    }

    [Fact]
    public void A_progress_report_that_stops_work_suspends_the_hazard_until_work_resumes()
    {
        var west = Square(37.25, 49.2, 100);
        var stop = Make("R-2", "HA-1", 5, new ClearanceProgress(west, 10, null, [], "Shelling within 5 km: work stopped"));
        var suspended = HazardProjector.Replay("HA-1", [Create("HA-1", Field), stop], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.Suspended, suspended.Status);
        Assert.True(suspended.ClearedM2 > 9_000);
        Assert.Empty(suspended.RuleFlags);

        var resumed = HazardProjector.Replay("HA-1", [Create("HA-1", Field), stop, Clear("HA-1", Square(37.252, 49.2, 100), 20, "R-3")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.InProgress, resumed.Status);
        AssertConserved(resumed);
    }

    [Fact]
    public void Handover_is_recorded_only_when_nothing_is_left()
    {
        var handover = Make("R-9", "HA-1", 9, new Handover("Village council of Kamianka", "agriculture", "HC-2026-001"));
        var open = HazardProjector.Replay("HA-1", [Create("HA-1", Field), handover], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Null(open.HandedOverTo);
        Assert.Equal(Severity.Error, Only(open, RuleIds.HandoverBeforeClosed).Severity);

        var closed = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Complete("HA-1", Field, 5, "R-2"), handover], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal("Village council of Kamianka", closed.HandedOverTo);
        Assert.Equal(Day0.AddDays(9), closed.HandedOverOn);
        Assert.Empty(closed.RuleFlags);
    }

    [Fact]
    public void A_second_creation_of_the_same_hazard_is_flagged()
    {
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Create("HA-1", Square(37.3, 49.2, 100), 2, "R-2")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal("R-2", Only(s, RuleIds.HazardExists).ReportId);
        Assert.InRange(s.OriginalM2, 159_000, 161_000);
    }

    [Fact]
    public void A_release_sticking_out_is_clipped_and_flagged()
    {
        var outside = Square(37.2545, 49.2, 400); // shifted 328 m east: 328 of its 400 m lie beyond the field
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Clear("HA-1", outside, 5, "R-2")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        var flag = Only(s, RuleIds.ReleaseOutsideHazard);
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.InRange(flag.Figure!.Value, 0.78, 0.86); // 328 of 400 m: 82 % of the claim
        AssertConserved(s);
    }

    [Fact]
    public void A_release_spanning_two_hazards_gives_each_its_part()
    {
        var east = Square(37.2556, 49.2, 400); // the neighbouring field, edge to edge
        var both = Square(37.2528, 49.2, 400); // across the boundary
        var clear = Clear("HA-1", both, 5, "R-3") with { AlsoHazards = ["HA-2"] };
        var reports = new[] { Create("HA-1", Field), Create("HA-2", east, 0, "R-HA-2"), clear };
        var one = HazardProjector.Replay("HA-1", reports, Safeground.Core.Rules.ProgrammeRules.Default)!;
        var two = HazardProjector.Replay("HA-2", reports, Safeground.Core.Rules.ProgrammeRules.Default)!;
        AssertConserved(one);
        AssertConserved(two);
        Assert.Empty(one.RuleFlags);
        Assert.InRange(one.ClearedM2 + two.ClearedM2 - Polygons.AreaM2(Polygons.Intersection(both, Polygons.Polygonal(Field).Union(east))), -0.05, 0.05);
        Assert.True(one.ClearedM2 > 1000 && two.ClearedM2 > 1000);
    }

    [Fact]
    public void An_invalid_polygon_is_repaired_and_the_repair_recorded()
    {
        var bowtie = Wkt("POLYGON ((37.25 49.2, 37.26 49.21, 37.26 49.2, 37.25 49.21, 37.25 49.2))");
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", bowtie)], Safeground.Core.Rules.ProgrammeRules.Default)!;
        var flag = Only(s, RuleIds.GeometryInvalid);
        Assert.Equal(Severity.Info, flag.Severity);
        Assert.Contains("self-intersection", flag.Message, StringComparison.Ordinal);
        Assert.True(s.OriginalM2 > 0);
    }

    [Fact]
    public void Slivers_left_by_a_release_go_with_it()
    {
        // The clearance leaves two pieces: a 50 m corner still to clear, and a 0.3 m speck (0.09 m²) by the other corner.
        var field = Square(37.25, 49.2, 100);
        var env = field.EnvelopeInternal;
        var piece = Square(env.MinX, env.MinY, 50);
        var speck = Square(env.MaxX - 0.00002, env.MaxY - 0.00002, 0.3);
        var claim = Polygons.Difference(Polygons.Difference(Square(env.MinX - 0.001, env.MinY - 0.001, 300), piece), speck);
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", field), Clear("HA-1", claim, 3, "R-2")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        AssertConserved(s);
        Assert.InRange(s.RemainingM2, 2_400, 2_600); // the speck went with the clearance
        Assert.Equal(1, s.Remaining.NumGeometries);
        var flag = Only(s, RuleIds.GeometryDegenerate);
        Assert.Equal(Severity.Info, flag.Severity);
        Assert.InRange(flag.Figure!.Value, 0.05, 0.15);
    }

    [Fact]
    public void Evidence_weights_come_from_the_programme()
    {
        var indirect = new[] { new Evidence(EvidenceType.Marking, EvidenceSource.Visual), new Evidence(EvidenceType.Craters, EvidenceSource.Visual) };
        Assert.Equal(HazardClass.Sha, HazardProjector.Replay("HA-1", [Create("HA-1", Field, 0, null, indirect)], Safeground.Core.Rules.ProgrammeRules.Default)!.Class); // 0.5 + 0.3 < 1
        var strict = ProgrammeRules.Parse("""{ "programme": "strict", "evidence": { "chaThreshold": 0.8 } }""", "strict.json");
        Assert.Equal(HazardClass.Cha, HazardProjector.Replay("HA-1", [Create("HA-1", Field, 0, null, indirect)], strict)!.Class);
    }
}
