using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Rollups;

/// <summary>A hazard's figures as they stood on each day: survey, cancellation, reduction, clearance and completion on known days.</summary>
public class HazardsAsOfTests
{
    // Nested squares sharing their south-west corner: each report releases the ring between two of them.
    private static readonly NetTopologySuite.Geometries.Polygon S100 = Square(37.2, 49.2, 100), S200 = Square(37.2, 49.2, 200),
        S300 = Square(37.2, 49.2, 300), S400 = Square(37.2, 49.2, 400);

    private static readonly Safeground.Core.Reports.Report[] Reports =
    [
        Create("HA-1", S400, 0),
        Cancel("HA-1", S100, 5, "R-NTS-cancel"),
        Reduce("HA-1", S200, 10, "R-TS"),
        // Lanes on what is still hazardous: clearing the cancelled square again would be an error, and not applied.
        Clear("HA-1", Polygons.Difference(S300, S200), 20, "R-CP"),
        Complete("HA-1", S400, 40, "R-DONE"),
    ];

    private static HazardState? On(int day) => HazardsAsOf.Of("HA-1", Reports, Day0.AddDays(day), ProgrammeRules.Default);

    private static double A(NetTopologySuite.Geometries.Geometry g) => Polygons.AreaM2(g);

    [Fact]
    public void Before_its_survey_the_hazard_does_not_exist()
    {
        Assert.Null(On(-1));
    }

    [Theory]
    // day, cancelled, reduced, cleared (as areas of the squares: S100, S200 − S100, ...), status
    [InlineData(0, 0, 0, 0, HazardStatus.Open)]
    [InlineData(4, 0, 0, 0, HazardStatus.Open)]
    [InlineData(5, 1, 0, 0, HazardStatus.Open)]
    [InlineData(9, 1, 0, 0, HazardStatus.Open)]
    [InlineData(10, 1, 2, 0, HazardStatus.InProgress)]
    [InlineData(20, 1, 2, 3, HazardStatus.InProgress)]
    [InlineData(39, 1, 2, 3, HazardStatus.InProgress)]
    [InlineData(40, 1, 2, 4, HazardStatus.Closed)]
    public void Each_day_gives_the_areas_released_by_then_to_the_square_metre_and_conserves_them(int day, int cancelledUpTo, int reducedUpTo, int clearedUpTo, HazardStatus status)
    {
        double[] squares = [0, A(S100), A(S200), A(S300), A(S400)];
        var state = On(day)!;
        double cancelled = squares[cancelledUpTo];
        double reduced = reducedUpTo == 0 ? 0 : squares[reducedUpTo] - squares[cancelledUpTo];
        double cleared = clearedUpTo == 0 ? 0 : squares[clearedUpTo] - squares[reducedUpTo];
        Assert.Equal(A(S400), state.OriginalM2, 1e-6);
        Assert.InRange(state.CancelledM2 - cancelled, -1, 1);
        Assert.InRange(state.ReducedM2 - reduced, -1, 1);
        Assert.InRange(state.ClearedM2 - cleared, -1, 1);
        Assert.InRange(state.RemainingM2 - (squares[4] - cancelled - reduced - cleared), -1, 1);
        Assert.InRange(state.CancelledM2 + state.ReducedM2 + state.ClearedM2 + state.RemainingM2 - state.OriginalM2, -1e-3, 1e-3);
        Assert.Equal(status, state.Status);
        Assert.All(state.Releases, r => Assert.True(r.Date <= Day0.AddDays(day)));
    }

    [Fact]
    public void The_last_day_is_the_hazard_s_current_state()
    {
        var now = HazardProjector.Replay("HA-1", Reports, ProgrammeRules.Default)!;
        var then = On(400)!;
        Assert.Equal(now.RemainingM2, then.RemainingM2);
        Assert.Equal(now.ClearedM2, then.ClearedM2);
        Assert.Equal(now.Status, then.Status);
    }
}
