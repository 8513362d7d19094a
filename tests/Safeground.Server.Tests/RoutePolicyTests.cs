using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeground.Core.Access;
using Safeground.Server.Access;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// Every route names its access: a policy (<see cref="AccessPolicies"/>) or, for the few open ones, AllowAnonymous. The
/// route table of the built server is walked; a route without either fails the test, and the fallback policy refuses it
/// at run time (401 without credentials, 403 with), so a forgotten endpoint is closed, not open.
/// </summary>
public class RoutePolicyTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public void Every_route_names_a_policy_or_is_explicitly_open()
    {
        var unmarked = Unmarked(server.Endpoints);
        Assert.True(unmarked.Count == 0, string.Join("\n", unmarked));
    }

    [Fact]
    public void The_open_routes_are_the_landing_pages_the_api_description_and_sign_in()
    {
        var open = server.Endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .SelectMany(Routes).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["GET /", "GET /api/v1", "GET /api/v1/openapi.json", "GET /api/v1/reference/favicon.svg", "GET /api/v1/reference/scalar.aspnetcore.js",
            "GET /api/v1/reference/scalar.js", "GET /api/v1/reference/{documentName?}", "GET /public/{**file}", "POST /api/v1/session"], open);
    }

    [Fact]
    public async Task A_route_that_names_no_policy_is_named_by_the_walk_and_refused_by_the_fallback()
    {
        var dir = Directory.CreateTempSubdirectory("sg-routes-").FullName;
        var path = Path.Combine(dir, "s.gpkg");
        try
        {
            string token;
            using (var store = GeoPackageStore.Open(path))
            {
                UserAccounts.Add(store, "admin", null, Role.Admin, null, DemoServer.Password, DateTimeOffset.UtcNow, iterations: 1000);
                token = UserAccounts.IssueToken(store, "admin", "test", 1, DateTimeOffset.UtcNow).Secret;
            }
            await using var app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(path), path, Port: 0));
            app.MapGet("/forgotten", () => "served to anyone");
            app.MapGet("/remembered", () => "served to callers").RequireAuthorization(AccessPolicies.Caller);
            await app.StartAsync();
            try
            {
                var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
                Assert.Equal(["route GET /forgotten names no access policy (RequireAuthorization(AccessPolicies.…) or AllowAnonymous())"], Unmarked(endpoints));

                using var anonymous = new HttpClient { BaseAddress = SafegroundServer.Address(app) };
                Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/forgotten", UriKind.Relative))).StatusCode);
                using var admin = new HttpClient { BaseAddress = SafegroundServer.Address(app) };
                admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var refused = await admin.GetAsync(new Uri("/forgotten", UriKind.Relative));
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                Assert.Contains("names no access policy", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/remembered", UriKind.Relative))).StatusCode);
                // Nothing to protect where nothing is routed: a signed-in caller gets routing's own answer.
                Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/no/such/thing", UriKind.Relative))).StatusCode);
            }
            finally
            {
                await app.StopAsync();
            }
        }
        finally
        {
            GeoPackageStore.ClosePool(path);
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Each route (method and pattern) that neither allows anonymous callers nor names a known policy on every authorization it requires.</summary>
    private static List<string> Unmarked(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints.Where(e => !Marked(e)).SelectMany(Routes)
            .Select(r => $"route {r} names no access policy (RequireAuthorization(AccessPolicies.…) or AllowAnonymous())").ToList();

    private static bool Marked(RouteEndpoint e)
    {
        if (e.Metadata.GetMetadata<IAllowAnonymous>() is not null) return true;
        var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return authorize.Count > 0 && authorize.All(a => a.Policy is { } p && AccessPolicies.EndpointPolicies.Contains(p));
    }

    private static IEnumerable<string> Routes(RouteEndpoint e)
    {
        var pattern = "/" + (e.RoutePattern.RawText ?? "").Trim('/');
        var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return methods is { Count: > 0 } ? methods.Select(m => $"{m} {pattern}") : [$"ANY {pattern}"];
    }
}
