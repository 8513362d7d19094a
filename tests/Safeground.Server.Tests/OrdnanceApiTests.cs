using System.Net;
using System.Text;

namespace Safeground.Server.Tests;

/// <summary>
/// /api/v1/ordnance: the catalogue read and searched by anyone signed in (a name however written, close names for one not
/// held), changed by a data manager (add, replace keeping the old name as an alias, retire), refused to a field reporter.
/// </summary>
public sealed class OrdnanceApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_catalogue_is_read_and_searched_however_a_name_is_written()
    {
        var viewer = server.ClientFor("viewer");
        var all = await Api.GetOk(viewer, "/api/v1/ordnance");
        Assert.Equal(121, all.GetArrayLength());
        var mon = await Api.GetOk(viewer, "/api/v1/ordnance?q=mon");
        Assert.Equal(["MON-100", "MON-200", "MON-50", "MON-90"], mon.EnumerateArray().Take(4).Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal));

        var pmn2 = await Api.GetOk(viewer, "/api/v1/ordnance/" + Uri.EscapeDataString("ПМН-2"));
        Assert.Equal("PMN-2", pmn2.GetProperty("name").GetString());
        Assert.Equal("ap-mine", pmn2.GetProperty("category").GetString());
        var (status, body) = await Api.Get(viewer, "/api/v1/ordnance/PMN-3");
        Assert.Equal(HttpStatusCode.NotFound, status);
        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains("did you mean PMN, PMN-2, PMN-4", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(server.StorePath, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_manager_adds_replaces_and_retires_a_model_and_a_field_reporter_may_not()
    {
        var manager = server.ClientFor("data.manager");
        var reporter = server.ClientFor("reporter.a");
        const string model = """{ "name": "API-7", "category": "ap-mine", "fuzes": ["pressure", "tripwire"], "aliases": ["АПИ-7"], "hazard": "Test." }""";

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(reporter, "/api/v1/ordnance", model)).Status);
        var (added, body) = await Api.Post(manager, "/api/v1/ordnance", model);
        Assert.Equal(HttpStatusCode.Created, added);
        Assert.Equal("api7", body.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Api.Post(manager, "/api/v1/ordnance", model)).Status);
        var (bad, problem) = await Api.Post(manager, "/api/v1/ordnance", """{ "name": "API-8", "category": "rock" }""");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("ordnance model", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using (var put = new StringContent("""{ "name": "API-7M", "category": "at-mine", "fuzes": ["tilt-rod"] }""", Encoding.UTF8, "application/json"))
        {
            using var answer = await manager.PutAsync(new Uri("/api/v1/ordnance/api%207", UriKind.Relative), put);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        var replaced = await Api.GetOk(manager, "/api/v1/ordnance/API-7");
        Assert.Equal("API-7M", replaced.GetProperty("name").GetString());
        Assert.Equal(["API-7"], replaced.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("tilt-rod", replaced.GetProperty("fuzes")[0].GetString());

        var (retired, r) = await Api.Post(manager, "/api/v1/ordnance/API-7M/retire?on=2026-12-01", "");
        Assert.Equal(HttpStatusCode.OK, retired);
        Assert.Equal("2026-12-01", r.GetProperty("retiredOn").GetString());
        Assert.DoesNotContain((await Api.GetOk(manager, "/api/v1/ordnance")).EnumerateArray(), m => m.GetProperty("name").GetString() == "API-7M");
        Assert.Contains((await Api.GetOk(manager, "/api/v1/ordnance?all=true")).EnumerateArray(), m => m.GetProperty("name").GetString() == "API-7M");
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Post(manager, "/api/v1/ordnance/API-7M/retire?on=soon", "")).Status);
    }
}
