using Safeground.Core.Accidents;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Rules;
using Safeground.Core.Tests.Reports;
using Safeground.Core.People;
using Safeground.Core.Reports;
using Safeground.Core.RiskEducation;
using Safeground.Core.Spatial;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.RiskEducation;

/// <summary>A risk-education session is refused when its counts are not counts, nobody attended, or it is dated ahead.</summary>
public class RiskEducationValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);

    private static Report Session(int day, IReadOnlyList<PeopleCount> audience, IReadOnlyList<MaterialsDistributed>? materials = null) =>
        Make("R-E1", null, day, new RiskEducationSession(Geo.Point(37.26, 49.21), null, EoreMethod.Interpersonal, audience, materials, ["HA-1"]));

    [Fact]
    public void A_session_with_people_needs_no_hazard_and_passes()
    {
        var report = Session(5, [new PeopleCount(Gender.Female, AgeBand.Older, true, 3), new PeopleCount(Gender.Male, AgeBand.Child, false, 0)]);
        Assert.Empty(ReportValidation.Issues(report, Now));
        Assert.Equal(3, ((RiskEducationSession)report.Body).Beneficiaries);
    }

    [Fact]
    public void Negative_counts_nobody_and_bad_materials_are_named_by_path()
    {
        var report = Session(5, [new PeopleCount(Gender.Female, AgeBand.Adult, false, -4), new PeopleCount(Gender.Male, AgeBand.Adult, false, 0)],
            [new MaterialsDistributed("", -1)]);
        var issues = ReportValidation.Issues(report, Now).ToList();
        Assert.Equal(["body.audience[0].count", "body.audience", "body.materials[0].item", "body.materials[0].quantity"], issues.Select(i => i.Field));
        Assert.Equal("audience row 1: -4 people is not a count (0 or more)", issues[0].Message);
        Assert.Equal("nobody is counted in the audience: a session needs at least one person", issues[1].Message);
    }

    [Fact]
    public void A_session_dated_in_the_future_or_without_audience_or_place_is_refused()
    {
        var future = Session(30, [new PeopleCount(Gender.Female, AgeBand.Child, false, 10)]);
        Assert.Equal(["dateOfInformation"], ReportValidation.Issues(future, Now).Select(i => i.Field));
        var blank = Make("R-E2", null, 5, new RiskEducationSession(null!, null, EoreMethod.Digital, null!));
        Assert.Equal(["body.position", "body.audience"], ReportValidation.Issues(blank, Now).Select(i => i.Field));
        var e = Assert.Throws<SafegroundException>(() => ReportValidation.Check(blank, Now));
        Assert.Contains("the session has no position", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_changes_no_hazard()
    {
        var create = PayloadSamples.Of(ReportKind.NonTechnicalSurvey);
        var session = Session(5, [new PeopleCount(Gender.Male, AgeBand.Adult, false, 9)]) with { HazardId = "HA-1" };
        var before = HazardProjector.Replay("HA-1", [create], ProgrammeRules.Default)!;
        var after = HazardProjector.Replay("HA-1", [create, session], ProgrammeRules.Default)!;
        Assert.Equal(before.RemainingM2, after.RemainingM2);
        Assert.Equal(before.Class, after.Class);
        Assert.Empty(after.RuleFlags);
        Assert.Equal(2, after.ReportCount);
    }
}
