using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Projections;

/// <summary>The hazard's contamination type is what the latest survey (by date of information) that stated one said.</summary>
public class ContaminationReplayTests
{
    private static readonly NetTopologySuite.Geometries.Polygon Field = Square(37.25, 49.2, 400);

    private static Report Survey(int day, string id, ContaminationType? type) =>
        Make(id, "HA-1", day, new NonTechnicalSurvey(SurveyAction.Amend, null, null, null, null, null, [], [], type));

    private static Report Technical(int day, string id, ContaminationType? type, NetTopologySuite.Geometries.Geometry? reduced = null) =>
        Make(id, "HA-1", day, new TechnicalSurvey(reduced, false, [], null, type));

    [Fact]
    public void A_hazard_no_survey_typed_is_not_stated()
    {
        var s = HazardProjector.Replay("HA-1", [Create("HA-1", Field), Survey(3, "R-2", null), Technical(5, "R-3", null)], ProgrammeRules.Default)!;
        Assert.Null(s.ContaminationType);
    }

    [Fact]
    public void The_latest_survey_by_date_that_states_a_type_sets_it_and_one_that_states_none_keeps_it()
    {
        var create = Make("R-1", "HA-1", 0, new NonTechnicalSurvey(SurveyAction.Create, "Field", "Izium", null, Field, null, [], [], ContaminationType.OtherErw));
        // Arrival order differs from dates: the amendment of day 8 came in last but is later than the survey of day 5.
        var reports = new[] { create, Survey(8, "R-4", ContaminationType.AntiPersonnelMines), Technical(5, "R-3", ContaminationType.ClusterMunitions), Survey(10, "R-5", null) };
        var history = HazardProjector.History("HA-1", reports, ProgrammeRules.Default);
        Assert.Equal(
            [ContaminationType.OtherErw, ContaminationType.ClusterMunitions, ContaminationType.AntiPersonnelMines, ContaminationType.AntiPersonnelMines],
            history.Select(h => h.State.ContaminationType!.Value));
    }

    [Fact]
    public void A_survey_that_is_not_applied_does_not_change_the_type()
    {
        var reports = new[]
        {
            Create("HA-1", Field), Technical(2, "R-2", ContaminationType.AntiVehicleMines),
            Complete("HA-1", Field, 4, "R-3"),
            Technical(6, "R-4", ContaminationType.ImprovisedMines, Square(37.25, 49.2, 100)), // a release on a closed hazard: refused
        };
        var s = HazardProjector.Replay("HA-1", reports, ProgrammeRules.Default)!;
        Assert.Equal(HazardStatus.Closed, s.Status);
        Assert.Contains(s.RuleFlags, f => f.ReportId == "R-4");
        Assert.Equal(ContaminationType.AntiVehicleMines, s.ContaminationType);
    }
}
