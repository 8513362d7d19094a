using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Projections;

/// <summary>The type a hazard's EO suggests: each category's type, the highest in priority winning, whatever the counts.</summary>
public class ContaminationSuggestionTests
{
    [Theory]
    [InlineData(EoCategory.ApMine, ContaminationType.AntiPersonnelMines)]
    [InlineData(EoCategory.AtMine, ContaminationType.AntiVehicleMines)]
    [InlineData(EoCategory.Submunition, ContaminationType.ClusterMunitions)]
    [InlineData(EoCategory.Ied, ContaminationType.ImprovisedMines)]
    [InlineData(EoCategory.Uxo, ContaminationType.OtherErw)]
    [InlineData(EoCategory.Axo, ContaminationType.OtherErw)]
    [InlineData(EoCategory.SmallArmsAmmunition, ContaminationType.OtherErw)]
    public void Each_category_points_to_one_type(EoCategory category, ContaminationType type)
    {
        Assert.Equal(type, ContaminationSuggestion.TypeOf(category));
        Assert.Equal(type, ContaminationSuggestion.From([category]));
    }

    [Fact]
    public void Every_category_and_every_type_has_its_place()
    {
        foreach (var c in Enum.GetValues<EoCategory>()) ContaminationSuggestion.TypeOf(c);
        Assert.Equal(Enum.GetValues<ContaminationType>().Order(), ContaminationSuggestion.Priority.Order());
    }

    [Theory]
    [InlineData(new[] { EoCategory.Uxo, EoCategory.Uxo, EoCategory.ApMine }, ContaminationType.AntiPersonnelMines)]
    [InlineData(new[] { EoCategory.AtMine, EoCategory.Ied }, ContaminationType.ImprovisedMines)]
    [InlineData(new[] { EoCategory.ApMine, EoCategory.Ied }, ContaminationType.ImprovisedMines)]
    [InlineData(new[] { EoCategory.AtMine, EoCategory.ApMine }, ContaminationType.AntiPersonnelMines)]
    [InlineData(new[] { EoCategory.Submunition, EoCategory.AtMine }, ContaminationType.AntiVehicleMines)]
    [InlineData(new[] { EoCategory.Axo, EoCategory.Submunition }, ContaminationType.ClusterMunitions)]
    public void The_type_highest_in_priority_wins(EoCategory[] categories, ContaminationType type) =>
        Assert.Equal(type, ContaminationSuggestion.From(categories));

    [Fact]
    public void No_EO_suggests_nothing() => Assert.Null(ContaminationSuggestion.From([]));

    [Fact]
    public void A_hazards_suggestion_comes_from_what_was_suspected_and_what_was_found_and_does_not_set_its_type()
    {
        var field = Square(37.25, 49.2, 400);
        var create = Make("R-1", "HA-1", 0, new NonTechnicalSurvey(SurveyAction.Create, "Field", "Izium", null, field, null, [], [EoCategory.Uxo]));
        var h = HazardProjector.Replay("HA-1", [create], ProgrammeRules.Default)!;
        Assert.Equal(ContaminationType.OtherErw, ContaminationSuggestion.Of(h));
        h = HazardProjector.Replay("HA-1", [create, Clear("HA-1", Square(37.25, 49.2, 100), 3, "R-2", Find(37.2501, 49.2001, EoCategory.AtMine))], ProgrammeRules.Default)!;
        Assert.Equal(ContaminationType.AntiVehicleMines, ContaminationSuggestion.Of(h));
        Assert.Null(h.ContaminationType);
    }
}
