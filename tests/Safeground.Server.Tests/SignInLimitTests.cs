using System.Net;

namespace Safeground.Server.Tests;

/// <summary>
/// Guessing passwords is slowed down: a few sign-in attempts a minute per address, then 429 even with the
/// right password; the refusals are in the audit log.
/// </summary>
public sealed class SignInLimitTests : IAsyncLifetime
{
    private readonly DemoServer _server = new() { SignInsPerMinute = 3 };

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task After_the_allowed_attempts_sign_in_is_429_even_with_the_right_password_and_audited()
    {
        for (int i = 0; i < 3; i++)
        {
            var (status, _) = await Api.Post(_server.Anonymous, "/api/v1/session", """{ "username": "viewer", "password": "guess" }""");
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }
        var (limited, body) = await Api.Post(_server.Anonymous, "/api/v1/session", $$"""{ "username": "viewer", "password": "{{DemoServer.Password}}" }""");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited);
        Assert.Contains("sign-in attempts", body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Other requests with valid tokens are not limited.
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(_server.Client, "/api/v1/hazards?limit=1")).Status);
        var log = (await Api.GetOk(_server.ClientFor("admin"), "/api/v1/audit?limit=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(log, e => e.GetProperty("status").GetInt32() == 429 && e.GetProperty("path").GetString() == "/api/v1/session");
    }
}
