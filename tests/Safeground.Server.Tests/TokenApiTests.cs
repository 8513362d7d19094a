using System.Net;
using System.Text.Json;
using Safeground.Core.Access;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// GET /api/v1/users/{name}/tokens and DELETE /api/v1/tokens/{id}: a user sees and revokes its own tokens one at a time,
/// an admin anyone's in scope, nobody else; a token made in a web session stays known to its owner after sign-out.
/// </summary>
public class TokenApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_token_made_in_a_web_session_is_listed_with_that_session_after_sign_out_and_revoked_by_its_id()
    {
        var web = await server.SignIn("reporter.a");
        var (made, minted) = await Api.Post(web, "/api/v1/tokens", """{ "name": "field laptop", "days": 30 }""");
        Assert.Equal(HttpStatusCode.Created, made);
        var secret = minted.GetProperty("token").GetString()!;
        var id = minted.GetProperty("id").GetString()!;
        using (var signOut = await web.DeleteAsync(new Uri("/api/v1/session", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);

        // The script token still works, and its use is recorded.
        var script = server.WithBearer(secret);
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(script, "/api/v1/session/me")).Status);

        var list = (await Api.GetOk(script, "/api/v1/users/reporter.a/tokens")).EnumerateArray().ToList();
        var token = list.Single(t => t.GetProperty("id").GetString() == id);
        Assert.Equal("api", token.GetProperty("kind").GetString());
        Assert.Equal("field laptop", token.GetProperty("name").GetString());
        Assert.True(token.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.String, token.GetProperty("lastUsed").ValueKind);
        // Where it came from: the web session, which is listed too, revoked by the sign-out.
        var origin = token.GetProperty("origin").GetString()!;
        Assert.StartsWith("web session ", origin, StringComparison.Ordinal);
        var session = list.Single(t => t.GetProperty("id").GetString() == origin["web session ".Length..]);
        Assert.Equal("session", session.GetProperty("kind").GetString());
        Assert.True(session.GetProperty("revoked").GetBoolean());
        // No secrets or hashes in the answer.
        var text = JsonSerializer.Serialize(list);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenSecret.Hash(secret), text, StringComparison.Ordinal);

        using (var revoke = await script.DeleteAsync(new Uri($"/api/v1/tokens/{id}", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Get(script, "/api/v1/session/me")).Status);
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        Assert.Contains(store.AuditLog(0, 50).Items, e => e.Action == "DELETE /api/v1/tokens/{id}" && e.TargetId == id && e.Status == 204 && e.Username == "reporter.a");
        Assert.Contains(store.AuditLog(0, 50).Items, e => e.Action == "POST /api/v1/tokens" && e.TargetId == id && e.Status == 201);
    }

    [Fact]
    public async Task Another_users_tokens_are_404_except_to_an_admin_in_scope()
    {
        var secret = server.Token("viewer.a");
        var id = TokenSecret.Hash(secret)[..AccessToken.IdLength];
        foreach (var other in new[] { "reporter.a", "manager.a", "data.manager", "reporter.b" })
        {
            var client = server.ClientFor(other);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(client, "/api/v1/users/viewer.a/tokens")).Status);
            using var revoke = await client.DeleteAsync(new Uri($"/api/v1/tokens/{id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(server.WithBearer(secret), "/api/v1/session/me")).Status);
        // Unknown users and malformed ids are the same 404.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.ClientFor("admin"), "/api/v1/users/nobody.here/tokens")).Status);
        using (var bad = await server.ClientFor("admin").DeleteAsync(new Uri("/api/v1/tokens/'%20OR%201=1", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);

        var admin = server.ClientFor("admin");
        var listed = await Api.GetOk(admin, "/api/v1/users/viewer.a/tokens");
        Assert.Contains(listed.EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        using (var revoke = await admin.DeleteAsync(new Uri($"/api/v1/tokens/{id}", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Get(server.WithBearer(secret), "/api/v1/session/me")).Status);
    }
}
