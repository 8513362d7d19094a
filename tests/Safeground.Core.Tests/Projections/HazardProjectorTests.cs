using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Projections;

public class HazardProjectorTests
{
    private static readonly NetTopologySuite.Geometries.Polygon Field = Square(37.25, 49.2, 400); // ≈ 16 ha

    private static void AssertConserved(HazardState s) =>
        Assert.InRange(s.CancelledM2 + s.ReducedM2 + s.ClearedM2 + s.RemainingM2 - s.OriginalM2, -0.01, 0.01);

    [Fact]
    public void A_new_hazard_is_open_with_all_its_area_remaining()
    {
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field)], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.Open, s.Status);
        Assert.Equal(HazardClass.Sha, s.Class);
        Assert.InRange(s.OriginalM2, 159_000, 161_000);
        Assert.Equal(s.OriginalM2, s.RemainingM2);
    }

    [Fact]
    public void Direct_evidence_makes_a_confirmed_hazard()
    {
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field, 0, null, new Evidence(EvidenceType.EoSeen, EvidenceSource.Visual))], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardClass.Cha, s.Class);
    }

    [Fact]
    public void Each_method_releases_only_what_is_still_hazardous()
    {
        var west = Square(37.25, 49.2, 200);          // a quarter of the field
        var overlapping = Square(37.25, 49.2, 300);   // overlaps the cancelled quarter
        var s = HazardProjector.Replay("HA-1", [
            Create("HA-1", Field),
            Cancel("HA-1", west, 2, "R-2"),
            Reduce("HA-1", overlapping, 3, "R-3"),
        ], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.InRange(s.CancelledM2, 39_700, 40_300);
        Assert.InRange(s.ReducedM2, 49_500, 50_500);
        AssertConserved(s);
        Assert.Equal(2, s.Releases.Count);
    }

    [Fact]
    public void A_release_sticking_out_of_the_hazard_counts_only_inside()
    {
        var outside = Square(37.2545, 49.2, 400); // half of it to the east of the field
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Clear("HA-1", outside, 5, "R-2")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.True(s.Releases[0].ClaimedM2 > s.Releases[0].AreaM2 * 1.5);
        AssertConserved(s);
    }

    [Fact]
    public void Completion_that_clears_everything_closes_the_hazard()
    {
        var s = HazardProjector.Replay("HA-1", [
            Create("HA-1", Field),
            Clear("HA-1", Square(37.25, 49.2, 100), 4, "R-2", Find(37.2501, 49.2001), Find(37.2502, 49.2002, EoCategory.AtMine, 3)),
            Complete("HA-1", Field.Buffer(0.0001), 10, "R-3"),
        ], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.Closed, s.Status);
        Assert.True(s.RemainingM2 < HazardProjector.ClosedBelowM2);
        Assert.Equal(4, s.FindCount);
        Assert.Equal(HazardClass.Cha, s.Class); // finds are direct evidence
        Assert.Equal(20, s.ClearanceDepthCm);
        AssertConserved(s);
    }

    [Fact]
    public void Replay_order_is_by_date_of_information_not_arrival()
    {
        var reports = new[]
        {
            Create("HA-1", Field),
            Cancel("HA-1", Square(37.25, 49.2, 200), 2, "R-2"),
            Reduce("HA-1", Square(37.25, 49.2, 300), 3, "R-3"),
            Clear("HA-1", Square(37.251, 49.201, 150), 4, "R-4"),
        };
        var a = HazardProjector.Replay("HA-1", reports, Safeground.Core.Rules.ProgrammeRules.Default)!;
        var b = HazardProjector.Replay("HA-1", reports.Reverse(), Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(a.Remaining.AsBinary(), b.Remaining.AsBinary());
        Assert.Equal(a.CancelledM2, b.CancelledM2);
        Assert.Equal(a.ReducedM2, b.ReducedM2);
        Assert.Equal(a.ClearedM2, b.ClearedM2);
    }

    [Fact]
    public void A_hole_is_not_part_of_the_hazard()
    {
        var withHole = Wkt("POLYGON ((37.25 49.2, 37.26 49.2, 37.26 49.21, 37.25 49.21, 37.25 49.2), (37.252 49.202, 37.258 49.202, 37.258 49.208, 37.252 49.208, 37.252 49.202))");
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", withHole), Clear("HA-1", Square(37.25, 49.2, 2000), 3, "R-2")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.InRange(s.RemainingM2, 0, 0.01);
        Assert.InRange(s.ClearedM2 - s.OriginalM2, -0.01, 0.01);
        Assert.True(s.OriginalM2 < Polygons.AreaM2(Wkt("POLYGON ((37.25 49.2, 37.26 49.2, 37.26 49.21, 37.25 49.21, 37.25 49.2))")) * 0.7);
    }

    [Fact]
    public void Amending_the_perimeter_keeps_releases_inside_it()
    {
        var s = HazardProjector.Replay("HA-1", [
            Create("HA-1", Field),
            Cancel("HA-1", Square(37.25, 49.2, 200), 2, "R-2"),
            Make("R-3", "HA-1", 3, new NonTechnicalSurvey(SurveyAction.Amend, null, null, HazardClass.Cha, Square(37.2515, 49.2, 300), null, [], [])),
        ], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(HazardClass.Cha, s.Class);
        AssertConserved(s);
        Assert.True(s.CancelledM2 < 40_000);
    }

    [Fact]
    public void Reports_before_the_hazard_exists_change_nothing()
    {
        var s = HazardProjector.Replay("HA-1", [Clear("HA-1", Field, -3, "R-0"), Create("HA-1", Field)], Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(0, s.ClearedM2);
        Assert.Equal(1, s.ReportCount);
        Assert.Null(HazardProjector.Replay("HA-2", [Clear("HA-2", Field, 1, "R-1")], Safeground.Core.Rules.ProgrammeRules.Default));
    }
}
