using System.Net;
using System.Text.Json;

namespace Safeground.Server.Tests;

/// <summary>
/// Bad input is normal in mine action: every malformed, half-filled or implausible body is a 4xx problem whose
/// sentence names the field, never a 500 or a cut-off answer, and nothing of it is stored.
/// </summary>
public class BadInputTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Square = "POLYGON ((36.1 49.1, 36.2 49.1, 36.2 49.2, 36.1 49.2, 36.1 49.1))";

    private static string Survey(string id, string perimeter, string org = DemoServer.OrgA, string extra = "") => $$"""
        { "id": "{{id}}", "hazardId": "HA-{{id}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
          "submittedAt": "2026-11-21T10:00:00+00:00"{{extra}},
          "body": { "kind": "non-technical-survey", "action": "create", "name": "Field", "class": "sha", "perimeter": "{{perimeter}}",
                    "evidence": [{ "type": "marking", "source": "visual" }], "suspectedCategories": ["ap-mine"] } }
        """;

    /// <summary>Asserts a 4xx problem whose detail contains every one of <paramref name="words"/>, and that <paramref name="id"/> is not stored.</summary>
    private async Task Refused(HttpStatusCode expected, string path, string json, string? id, params string[] words)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
        foreach (var w in words) Assert.Contains(w, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        if (id is not null) Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, $"/api/v1/reports/{id}")).Status);
    }

    [Fact]
    public async Task A_body_whose_kind_is_not_its_first_property_is_read()
    {
        var json = Survey("R-BAD-ORDER", Square).Replace("\"kind\": \"non-technical-survey\", \"action\": \"create\",", "\"action\": \"create\",", StringComparison.Ordinal)
            .Replace("\"suspectedCategories\": [\"ap-mine\"] }", "\"suspectedCategories\": [\"ap-mine\"], \"kind\": \"non-technical-survey\" }", StringComparison.Ordinal);
        Assert.DoesNotContain("{ \"kind\"", json, StringComparison.Ordinal);
        var (status, body) = await Api.Post(server.Client, "/api/v1/reports", json);
        Assert.True(status == HttpStatusCode.Created, $"{status} {body}");
        Assert.Equal("non-technical-survey", (await Api.GetOk(server.Client, "/api/v1/reports/R-BAD-ORDER")).GetProperty("report").GetProperty("body").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_body_without_kind_is_a_4xx_naming_kind()
    {
        var json = Survey("R-BAD-NOKIND", Square).Replace("\"kind\": \"non-technical-survey\",", "", StringComparison.Ordinal);
        await Refused(HttpStatusCode.BadRequest, "/api/v1/reports", json, "R-BAD-NOKIND", "body.kind", "non-technical-survey");
        var unknown = Survey("R-BAD-KIND", Square).Replace("\"kind\": \"non-technical-survey\"", "\"kind\": \"minefield\"", StringComparison.Ordinal);
        await Refused(HttpStatusCode.BadRequest, "/api/v1/reports", unknown, "R-BAD-KIND", "body.kind", "minefield");
    }

    [Fact]
    public async Task An_unclosed_ring_is_a_4xx_naming_the_field()
    {
        var json = Survey("R-BAD-RING", "POLYGON ((36.1 49.1, 36.2 49.1, 36.2 49.2, 36.1 49.2))");
        await Refused(HttpStatusCode.BadRequest, "/api/v1/reports", json, "R-BAD-RING", "body.perimeter", "not closed");
    }

    [Theory]
    [InlineData("POLYGON ((36.1 49.1, NaN 49.1, 36.2 49.2, 36.1 49.2, 36.1 49.1))")]
    [InlineData("POLYGON ((36.1 49.1, Infinity 49.1, 36.2 49.2, 36.1 49.2, 36.1 49.1))")]
    [InlineData("POLYGON ((36.1 49.1, 36.2 -Infinity, 36.2 49.2, 36.1 49.2, 36.1 49.1))")]
    public async Task Nan_or_infinite_coordinates_are_a_422_naming_the_field(string perimeter)
    {
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", Survey("R-BAD-NAN", perimeter), "R-BAD-NAN", "perimeter", "not a number");
    }

    [Fact]
    public async Task A_nan_find_position_is_a_422_naming_the_find()
    {
        var json = $$"""
            { "id": "R-BAD-FIND", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
              "submittedAt": "2026-11-21T10:00:00+00:00",
              "body": { "kind": "eod-spot-task", "finds": [{ "category": "uxo", "quantity": 1, "condition": "unknown", "position": "POINT (NaN 49.1)", "disposal": "destroyed-in-situ" }] } }
            """;
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", json, "R-BAD-FIND", "find 1: position", "not a number");
    }

    [Theory]
    [InlineData("POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90))", "180°")]
    [InlineData("POLYGON ((-170 10, 170 10, 170 20, -170 20, -170 10))", "180°")]
    [InlineData("POLYGON ((36.1 49.1, 36.2 49.1, 36.3 49.1, 36.1 49.1))", "area")]
    public async Task A_polygon_that_is_no_plausible_hazard_is_a_422(string perimeter, string why)
    {
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", Survey("R-BAD-WORLD", perimeter), "R-BAD-WORLD", "perimeter", why);
    }

    [Fact]
    public async Task An_unknown_organisation_or_team_is_a_422_naming_the_id_and_close_matches()
    {
        var wrongOrg = DemoServer.OrgA[..^1] + "X";
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", Survey("R-BAD-ORG", Square, wrongOrg), "R-BAD-ORG",
            "organisationId", wrongOrg, DemoServer.OrgA);
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", Survey("R-BAD-TEAM", Square, extra: ", \"teamId\": \"TEAM-NOBODY\""), "R-BAD-TEAM",
            "teamId", "TEAM-NOBODY");
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", Survey("R-BAD-DEP", Square, extra: ", \"deploymentId\": \"DEP-NOBODY\""), "R-BAD-DEP",
            "deploymentId", "DEP-NOBODY");
    }

    [Fact]
    public async Task A_half_filled_report_is_a_422_naming_each_missing_field()
    {
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", """{ "body": { "kind": "eod-spot-task", "finds": [] } }""", null,
            "id is missing", "organisation is missing", "date of information is missing");
        await Refused(HttpStatusCode.UnprocessableEntity, "/api/v1/reports", "{}", null, "no body");
    }

    [Fact]
    public async Task The_form_check_names_an_unknown_team_and_a_missing_kind_beside_their_fields()
    {
        var (status, body) = await Api.Post(server.Client, "/api/v1/reports/check", Survey("R-BAD-CHECK", Square, extra: ", \"teamId\": \"TEAM-NOBODY\""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Contains(body.GetProperty("issues").EnumerateArray(), i => i.GetProperty("field").GetString() == "teamId"
            && i.GetProperty("message").GetString()!.Contains("TEAM-NOBODY", StringComparison.Ordinal));
        var (_, noKind) = await Api.Post(server.Client, "/api/v1/reports/check", Survey("R-BAD-CHECK", Square).Replace("\"kind\": \"non-technical-survey\",", "", StringComparison.Ordinal));
        var issue = noKind.GetProperty("issues")[0];
        Assert.Equal("body.kind", issue.GetProperty("field").GetString());
        Assert.StartsWith("body.kind: missing", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/sync/manifest", "hazards")]
    [InlineData("/api/v1/sync/fetch", "ids")]
    [InlineData("/api/v1/sync/push", "reports")]
    public async Task An_empty_object_posted_to_sync_is_a_400_naming_the_missing_list(string path, string field)
    {
        await Refused(HttpStatusCode.BadRequest, path, "{}", null, field);
    }

    [Theory]
    [InlineData("""{ "region": "Izium" }""", "hazards")]
    [InlineData("""{ "region": null, "hazards": [] }""", "reports")]
    [InlineData("""{ "hazards": [], "reports": null }""", "reports")]
    [InlineData("""{ "hazards": [null], "reports": [] }""", "hazards")]
    public async Task A_manifest_request_missing_a_list_is_refused_before_the_answer_starts(string json, string field)
    {
        await Refused(HttpStatusCode.BadRequest, "/api/v1/sync/manifest", json, null, field);
    }

    [Fact]
    public async Task A_push_with_a_null_report_is_a_400()
    {
        await Refused(HttpStatusCode.BadRequest, "/api/v1/sync/push", """{ "reports": [null] }""", null, "reports[0]");
        await Refused(HttpStatusCode.BadRequest, "/api/v1/sync/fetch", """{ "ids": [null] }""", null, "ids[0]");
    }

    [Fact]
    public async Task A_pushed_report_with_an_unknown_organisation_is_refused_with_the_reason()
    {
        var (status, body) = await Api.Post(server.Client, "/api/v1/sync/push", $$"""{ "reports": [{{Survey("R-BAD-PUSH", Square, "ORG-NOWHERE")}}] }""");
        Assert.True(status == HttpStatusCode.OK, $"{status} {body}");
        var outcome = body[0];
        Assert.Equal("refused", outcome.GetProperty("status").GetString());
        Assert.Contains("ORG-NOWHERE", outcome.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-BAD-PUSH")).Status);
    }
}
