using System.Net;

namespace Safeground.Server.Tests;

/// <summary>A server with anonymous reading allowed: callers without credentials are viewers of approved data, and write nothing.</summary>
public sealed class AnonymousAccessTests : IAsyncLifetime
{
    private readonly DemoServer _server = new() { AllowAnonymous = true };

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task An_anonymous_caller_reads_approved_data_only_and_cannot_write()
    {
        var all = await Api.GetOk(_server.Anonymous, "/api/v1/reports?limit=10000");
        Assert.All(all.GetProperty("items").EnumerateArray(), r => Assert.Equal("approved", r.GetProperty("status").GetString()));
        Assert.Equal(0, (await Api.GetOk(_server.Anonymous, "/api/v1/reports?status=submitted")).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(_server.Anonymous, "/api/v1/hazards?limit=1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(_server.Anonymous, "/ogc/collections/hazards/items?limit=1")).Status);
        var (submit, _) = await Api.Post(_server.Anonymous, "/api/v1/reports", "{}");
        Assert.Equal(HttpStatusCode.Forbidden, submit);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(_server.Anonymous, "/api/v1/tokens", """{ "name": "x" }""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Get(_server.Anonymous, "/api/v1/audit")).Status);
        // Bad credentials are still refused, not treated as anonymous.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Get(_server.WithBearer("forged"), "/api/v1/hazards")).Status);
    }
}
