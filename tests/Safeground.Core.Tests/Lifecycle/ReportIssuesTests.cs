using System.Text.Json;
using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Lifecycle;

/// <summary>ReportValidation.Issues: every problem at once, each with the JSON path a form shows it next to.</summary>
public class ReportIssuesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_problem_names_its_field()
    {
        var report = Make("R-1", null, 30, new Completion(Square(37.25, 49.2, 100), 0,
            [Find(37.25, 49.2), Find(37.25, 49.2, quantity: 0), Find(49.2, 137.25)]));

        var issues = ReportValidation.Issues(report, Now).ToList();

        Assert.All(issues, i => Assert.Equal(Severity.Error, i.Severity));
        Assert.Equal(
            ["dateOfInformation", "hazardId", "body.clearanceDepthCm", "body.finds[1].quantity", "body.finds[2].position"],
            issues.Select(i => i.Field));
        Assert.Equal("find 2: quantity 0 must be at least 1", issues[3].Message);
        // Check still throws with the same sentences, all of them.
        var e = Assert.Throws<SafegroundException>(() => ReportValidation.Check(report, Now));
        Assert.Contains("date of information 2026-04-01 is in the future; a completion report must name its hazard", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Polygons_victims_and_accident_fields_are_named_by_path()
    {
        var swapped = Wkt("POLYGON ((49.2 137.25, 49.21 137.25, 49.21 137.26, 49.2 137.25))");
        Assert.Equal(["body.reduced"], ReportValidation.Issues(Make("R-2", "HA-1", 1, new TechnicalSurvey(swapped, false, [])), Now).Select(i => i.Field));

        var victim = new Victim(null, Gender.Female, null, 140, null, "farmer", VictimOutcome.Injured, null, null);
        var accident = Make("R-3", null, 1, new AccidentReport(Now.AddHours(2), Geo.Point(37.25, 49.2), false, null, null, null, null,
            null, null, null, null, null, null, null, null, [victim, victim with { Age = 30 }]));
        Assert.Equal(["body.occurredAt", "body.victims[0].age"], ReportValidation.Issues(accident, Now).Select(i => i.Field));
    }

    [Fact]
    public void Clearance_progress_with_neither_area_nor_effort_is_refused_on_the_deminer_days()
    {
        var nothing = Make("R-5", "HA-1", 1, new ClearanceProgress(null, null, 0, []));
        var issue = Assert.Single(ReportValidation.Issues(nothing, Now));
        Assert.Equal("body.deminerDays", issue.Field);
        Assert.Contains("needs the area worked or the effort spent", issue.Message, StringComparison.Ordinal);

        // The near misses: either the land or the effort is enough.
        Assert.Empty(ReportValidation.Issues(Make("R-6", "HA-1", 1, new ClearanceProgress(null, 4, null, [])), Now));
        Assert.Empty(ReportValidation.Issues(Make("R-7", "HA-1", 1, new ClearanceProgress(null, null, 2.5, [])), Now));
        Assert.Empty(ReportValidation.Issues(Make("R-8", "HA-1", 1, new ClearanceProgress(Square(37.25, 49.2, 100), null, null, [])), Now));
    }

    [Fact]
    public void A_body_without_its_lists_is_an_issue_not_a_crash()
    {
        var report = ReportJson.Deserialize("""
            { "id": "R-4", "hazardId": "HA-1", "organisationId": "ORG", "dateOfInformation": "2026-03-01",
              "submittedAt": "2026-03-01T10:00:00+00:00", "submittedBy": "me",
              "body": { "kind": "completion", "cleared": "POLYGON ((37.25 49.2, 37.26 49.2, 37.26 49.21, 37.25 49.2))", "clearanceDepthCm": 20 } }
            """);
        var issue = Assert.Single(ReportValidation.Issues(report, Now));
        Assert.Equal("body.finds", issue.Field);
    }

    [Fact]
    public void Bad_wkt_is_a_json_error_naming_the_field()
    {
        var e = Assert.Throws<JsonException>(() => ReportJson.Deserialize("""
            { "id": "R-5", "hazardId": "HA-1", "organisationId": "ORG", "dateOfInformation": "2026-03-01",
              "submittedAt": "2026-03-01T10:00:00+00:00", "submittedBy": "me",
              "body": { "kind": "completion", "cleared": "POLYGON ((37.25 49.2, oops))", "clearanceDepthCm": 20, "finds": [] } }
            """));
        Assert.Equal("$.body.cleared", e.Path);
    }
}
