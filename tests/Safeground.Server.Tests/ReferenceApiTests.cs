using System.Net;
using System.Text;

namespace Safeground.Server.Tests;

/// <summary>
/// /api/v1/organisations|teams|deployments written through the API: a data manager adds, edits and retires them (the
/// editor's checks answer as the API's other errors: 409 for a taken id, 404 naming the close ids for an unknown organisation), a field
/// reporter may not, and every attempt is in the audit log.
/// </summary>
public sealed class ReferenceApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_data_manager_adds_edits_and_retires_an_organisation_team_and_deployment_and_a_reporter_may_not()
    {
        var manager = server.ClientFor("data.manager");
        var reporter = server.ClientFor("reporter.a");
        const string org = """{ "id": "ORG-API", "name": "API Demining", "country": "UA", "accreditations": [{ "activity": "clearance", "validUntil": "2027-06-30" }] }""";

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(reporter, "/api/v1/organisations", org)).Status);
        var (added, body) = await Api.Post(manager, "/api/v1/organisations", org);
        Assert.Equal(HttpStatusCode.Created, added);
        Assert.Equal("2027-06-30", body.GetProperty("accreditations")[0].GetProperty("validUntil").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Post(manager, "/api/v1/organisations", org)).Status);
        var (bad, problem) = await Api.Post(manager, "/api/v1/organisations", "{ \"id\": ");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("organisation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using (var put = new StringContent("""{ "name": "API Demining Ltd", "country": "UA", "accreditations": [{ "activity": "eod" }] }""", Encoding.UTF8, "application/json"))
        {
            using var answer = await manager.PutAsync(new Uri("/api/v1/organisations/ORG-API", UriKind.Relative), put);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        var listed = (await Api.GetOk(manager, "/api/v1/organisations?limit=1000")).GetProperty("items").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "ORG-API");
        Assert.Equal("API Demining Ltd", listed.GetProperty("name").GetString());
        Assert.Equal("eod", listed.GetProperty("accreditations")[0].GetProperty("activity").GetString());

        var (unknownOrg, why) = await Api.Post(manager, "/api/v1/teams", """{ "id": "T-API-1", "organisationId": "ORG-APY", "name": "API team", "asset": "manual", "size": 8 }""");
        Assert.Equal(HttpStatusCode.NotFound, unknownOrg);
        Assert.Contains("ORG-API", why.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await Api.Post(manager, "/api/v1/teams", """{ "id": "T-API-1", "organisationId": "ORG-API", "name": "API team", "asset": "manual", "size": 8 }""")).Status);
        Assert.Equal(HttpStatusCode.Created, (await Api.Post(manager, "/api/v1/deployments", """{ "id": "DEP-API-1", "teamId": "T-API-1", "region": "Kharkiv oblast", "start": "2026-12-01", "plannedDays": 30 }""")).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(reporter, "/api/v1/deployments/DEP-API-1/retire?on=2026-12-20", "")).Status);
        var (retired, r) = await Api.Post(manager, "/api/v1/deployments/DEP-API-1/retire?on=2026-12-20", "");
        Assert.Equal(HttpStatusCode.OK, retired);
        Assert.Equal("2026-12-20", r.GetProperty("retiredOn").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Post(manager, "/api/v1/teams/T-API-1/retire?on=soon", "")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Post(manager, "/api/v1/teams/T-APX-9/retire", "")).Status);
    }
}
