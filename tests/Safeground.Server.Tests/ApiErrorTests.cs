using System.Net;

namespace Safeground.Server.Tests;

/// <summary>Bad requests are 400 problem details naming the parameter; missing things are 404; the OpenAPI document lists every path.</summary>
public class ApiErrorTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Theory]
    [InlineData("/api/v1/hazards?bbox=1,2,3", "bbox")]
    [InlineData("/api/v1/hazards?bbox=1,2,x,4", "bbox")]
    [InlineData("/api/v1/hazards?limit=10001", "limit")]
    [InlineData("/api/v1/finds?limit=0", "limit")]
    [InlineData("/api/v1/reports?offset=-1", "offset")]
    [InlineData("/api/v1/reports?status=pending", "status")]
    [InlineData("/api/v1/hazards?class=xyz", "class")]
    [InlineData("/api/v1/finds?category=mine", "category")]
    [InlineData("/api/v1/reports?from=20-01-2024", "from")]
    [InlineData("/api/v1/rollups?by=country", "by")]
    [InlineData("/api/v1/checks?minSeverity=fatal", "minSeverity")]
    public async Task A_bad_query_value_is_a_400_naming_the_parameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var detail = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith(parameter + ":", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_problem()
    {
        var (status, body) = await Api.Post(server.Client, "/api/v1/reports", "{ \"id\": \"R-X\", \"body\": ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not a Safeground report", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (status2, body2) = await Api.Post(server.Client, "/api/v1/reports/R-X/approve", "by=me");
        Assert.Equal(HttpStatusCode.BadRequest, status2);
        Assert.Contains("not a decision", body2.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (status3, _) = await Api.Post(server.Client, "/api/v1/checks/claim", "[1,2]");
        Assert.Equal(HttpStatusCode.BadRequest, status3);
    }

    [Theory]
    [InlineData("/api/v1/reports/R-NOPE")]
    [InlineData("/api/v1/hazards/HA-NOPE")]
    [InlineData("/api/v1/hazards/HA-NOPE/timeline")]
    [InlineData("/api/v1/hazards/HA-NOPE/reports")]
    public async Task Something_that_does_not_exist_is_a_404_problem(string path)
    {
        var (status, body) = await Api.Get(server.Client, path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("NOPE", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deciding_on_a_report_that_does_not_exist_is_a_404()
    {
        var (status, body) = await Api.Post(server.Client, "/api/v1/reports/R-NOPE/approve", """{ "by": "data.manager" }""");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("report R-NOPE does not exist", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_paths_and_the_reference_page_is_served()
    {
        var doc = await Api.GetOk(server.Client, "/api/v1/openapi.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var p in new[]
        {
            "/api/v1/reports", "/api/v1/reports/{id}", "/api/v1/reports/{id}/approve", "/api/v1/reports/{id}/reject", "/api/v1/reports/{id}/supersede",
            "/api/v1/hazards", "/api/v1/hazards/{id}", "/api/v1/hazards/{id}/timeline", "/api/v1/hazards/{id}/reports",
            "/api/v1/finds", "/api/v1/accidents", "/api/v1/organisations", "/api/v1/teams", "/api/v1/deployments",
            "/api/v1/rollups", "/api/v1/checks", "/api/v1/checks/claim",
        })
            Assert.Contains(p, paths);
        Assert.Contains("personal data", doc.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        using var page = await server.Client.GetAsync(new Uri("/api/v1/reference", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
