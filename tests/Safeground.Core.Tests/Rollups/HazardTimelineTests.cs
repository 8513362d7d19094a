using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Rollups;

public class HazardTimelineTests
{
    [Fact]
    public void A_timeline_starts_at_the_original_area_and_steps_down_with_each_release_conserving_area()
    {
        var field = Square(37.2, 49.2, 400);
        var west = Square(37.2, 49.2, 100);
        var reports = new[]
        {
            Create("HA-1", field),
            Make("R-NTS-2", "HA-1", 3, new NonTechnicalSurvey(SurveyAction.Amend, "Renamed field", null, null, null, null, [], [])), // changes no area
            Reduce("HA-1", Square(37.2, 49.2, 200), 10, "R-TS"),
            Clear("HA-1", Square(37.2, 49.2, 300), 20, "R-CP-1"),
            Clear("HA-1", west, 25, "R-CP-2"), // already reduced: releases nothing, no point
            Complete("HA-1", field, 40, "R-DONE"),
        };
        var points = HazardTimeline.Of("HA-1", reports.Reverse(), Safeground.Core.Rules.ProgrammeRules.Default); // any arrival order: replayed by date
        Assert.Equal(["R-HA-1-create", "R-TS", "R-CP-1", "R-DONE"], points.Select(p => p.ReportId));
        Assert.Equal([null, ReleaseMethod.Reduced, ReleaseMethod.Cleared, ReleaseMethod.Cleared], points.Select(p => p.Method));
        Assert.Equal(points[0].OriginalM2, points[0].RemainingM2);
        Assert.Equal(0, points[0].ReleasedM2);
        for (int i = 1; i < points.Count; i++)
        {
            var p = points[i];
            Assert.InRange(points[i - 1].RemainingM2 - p.RemainingM2 - p.ReleasedM2, -0.01, 0.01);
            Assert.InRange(p.CancelledM2 + p.ReducedM2 + p.ClearedM2 + p.RemainingM2 - p.OriginalM2, -0.01, 0.01);
            Assert.True(p.Date > points[i - 1].Date);
        }
        Assert.InRange(points[1].ReleasedM2 / points[0].OriginalM2, 0.24, 0.26); // 200 × 200 of 400 × 400
        Assert.InRange(points[^1].RemainingM2, 0, 1);
        // The last point is the hazard's current state.
        var state = HazardProjector.Replay("HA-1", reports, Safeground.Core.Rules.ProgrammeRules.Default)!;
        Assert.Equal(state.RemainingM2, points[^1].RemainingM2);
        Assert.Equal(state.ClearedM2, points[^1].ClearedM2);
    }

    [Fact]
    public void The_completion_that_closes_a_hazard_is_a_point_even_when_it_releases_nothing_more()
    {
        var field = Square(37.2, 49.2, 400);
        var points = HazardTimeline.Of("HA-1", [Create("HA-1", field), Clear("HA-1", field, 10, "R-CP"), Complete("HA-1", field, 12, "R-DONE")], Safeground.Core.Rules.ProgrammeRules.Default);
        Assert.Equal(["R-HA-1-create", "R-CP", "R-DONE"], points.Select(p => p.ReportId));
        Assert.Equal([HazardStatus.Open, HazardStatus.InProgress, HazardStatus.Closed], points.Select(p => p.Status));
        Assert.Equal(Day0.AddDays(12), points[^1].Date);
        Assert.Equal(0, points[^1].ReleasedM2);
        Assert.Equal(points[1].RemainingM2, points[^1].RemainingM2);
    }

    [Fact]
    public void A_hazard_without_its_creating_survey_has_no_timeline()
    {
        Assert.Empty(HazardTimeline.Of("HA-1", [Clear("HA-1", Square(37.2, 49.2, 100), 20, "R-CP-1")], Safeground.Core.Rules.ProgrammeRules.Default));
    }
}
