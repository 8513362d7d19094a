using System.Globalization;
using System.Net;
using System.Text;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The obvious attacks, over HTTP against a real server: no credentials, another organisation's data, a role above
/// yours, injection through filters, oversized and malformed bodies, expired, revoked and forged tokens, and the audit log.
/// </summary>
public class AccessTests(DemoServer server) : IClassFixture<DemoServer>
{
    private static readonly SemaphoreSlim Reports = new(1, 1);
    private static (string A, string B)? _submitted;

    /// <summary>One submitted report of organisation A (by reporter.a) and one of B (by reporter.b), made once.</summary>
    private async Task<(string A, string B)> Submitted()
    {
        await Reports.WaitAsync();
        try
        {
            if (_submitted is { } done && Exists(done.A)) return done;
            _submitted = (await Submit("reporter.a", DemoServer.OrgA, "R-ACC-A"), await Submit("reporter.b", DemoServer.OrgB, "R-ACC-B"));
            return _submitted.Value;
        }
        finally
        {
            Reports.Release();
        }
    }

    private bool Exists(string id)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.FindReport(id) is not null;
    }

    private async Task<string> Submit(string username, string org, string id)
    {
        var (status, body) = await Api.Post(server.ClientFor(username), "/api/v1/reports", ProgressReport(id, org));
        Assert.True(status == HttpStatusCode.Created, $"{username} submits {id}: {status} {body}");
        return id;
    }

    private string ProgressReport(string id, string org)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().First(x => x.OrganisationId == org && x.Status == HazardStatus.Open && x.Releases.Count == 0);
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
        return $$"""
            { "id": "{{id}}", "hazardId": "{{h.HazardId}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] } }
            """;
    }

    [Theory]
    [InlineData("/api/v1/reports")]
    [InlineData("/api/v1/reports/R-ANY")]
    [InlineData("/api/v1/hazards")]
    [InlineData("/api/v1/finds")]
    [InlineData("/api/v1/accidents")]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/rollups")]
    [InlineData("/api/v1/checks")]
    [InlineData("/api/v1/session/me")]
    [InlineData("/api/v1/audit")]
    [InlineData("/ogc")]
    [InlineData("/ogc/collections/hazards/items")]
    [InlineData("/tiles/hazards/0/0/0.mvt")]
    public async Task Without_credentials_everything_but_the_open_endpoints_is_401(string path)
    {
        var (status, body) = await Api.Get(server.Anonymous, path);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("sign in", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1")]
    [InlineData("/api/v1/openapi.json")]
    [InlineData("/api/v1/reference")]
    public async Task The_open_endpoints_answer_without_credentials(string path)
    {
        using var response = await server.Anonymous.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_write_without_credentials_is_401()
    {
        var (a, _) = await Submitted();
        var (status, _) = await Api.Post(server.Anonymous, $"/api/v1/reports/{a}/approve", "{}");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_field_reporter_sees_its_organisations_unapproved_report_but_not_anothers()
    {
        var (a, b) = await Submitted();
        var reporterA = server.ClientFor("reporter.a");
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(reporterA, $"/api/v1/reports/{a}")).Status);
        var (hidden, problem) = await Api.Get(reporterA, $"/api/v1/reports/{b}");
        Assert.Equal(HttpStatusCode.NotFound, hidden);
        // The same answer as for a report that does not exist: ids do not leak.
        var (_, none) = await Api.Get(reporterA, "/api/v1/reports/R-NOPE");
        Assert.Equal(none.GetProperty("detail").GetString()!.Replace("R-NOPE", b, StringComparison.Ordinal), problem.GetProperty("detail").GetString());

        var listed = (await Api.All(reporterA, "/api/v1/reports?status=submitted&limit=1000")).Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(a, listed);
        Assert.DoesNotContain(b, listed);
        Assert.Equal(0, (await Api.GetOk(reporterA, $"/api/v1/reports?organisation={DemoServer.OrgB}&status=submitted")).GetProperty("total").GetInt64());
        var page = await Api.GetOk(reporterA, "/api/v1/reports?limit=10000");
        var all = page.GetProperty("items").EnumerateArray().Select(r => (Id: r.GetProperty("id").GetString(), Status: r.GetProperty("status").GetString(), Org: r.GetProperty("organisation").GetString())).ToList();
        Assert.All(all, r => Assert.True(r.Status == "approved" || r.Org == DemoServer.OrgA, $"{r.Id} {r.Status} {r.Org}"));

        // The viewer (and a viewer of organisation A) sees neither.
        foreach (var viewer in new[] { "viewer", "viewer.a" })
        {
            var c = server.ClientFor(viewer);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(c, $"/api/v1/reports/{a}")).Status);
            Assert.Equal(0, (await Api.GetOk(c, "/api/v1/reports?status=submitted")).GetProperty("total").GetInt64());
        }
    }

    [Fact]
    public async Task A_role_below_data_manager_cannot_approve_and_a_manager_of_A_cannot_approve_Bs_report()
    {
        var (a, b) = await Submitted();
        var (reporter, problem) = await Api.Post(server.ClientFor("reporter.a"), $"/api/v1/reports/{a}/approve", "{}");
        Assert.Equal(HttpStatusCode.Forbidden, reporter);
        Assert.Contains("data manager", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(server.ClientFor("viewer"), $"/api/v1/reports/{a}/reject", """{ "reason": "x" }""")).Status);
        var (managerA, _) = await Api.Post(server.ClientFor("manager.a"), $"/api/v1/reports/{b}/approve", "{}");
        Assert.Contains(managerA, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        Assert.Equal(Core.Reports.ReportStatus.Submitted, store.FindReport(a)!.Status);
        Assert.Equal(Core.Reports.ReportStatus.Submitted, store.FindReport(b)!.Status);
    }

    [Fact]
    public async Task A_data_manager_of_A_approves_As_report_under_its_own_name_and_only_A_may_correct_it()
    {
        await Submitted();
        var id = await Submit("reporter.a", DemoServer.OrgA, "R-ACC-A2");
        var (status, body) = await Api.Post(server.ClientFor("manager.a"), $"/api/v1/reports/{id}/approve", "{}");
        Assert.True(status == HttpStatusCode.OK, $"{status} {body}");
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
            Assert.Equal("manager.a", store.History(id).Last().By);
        var correction = ProgressReport("R-ACC-A3", DemoServer.OrgA).Replace("\"body\"", "\"supersedeReason\": \"wrong lane\", \"body\"", StringComparison.Ordinal);
        var (other, problem) = await Api.Post(server.ClientFor("reporter.b"), $"/api/v1/reports/{id}/supersede", correction.Replace(DemoServer.OrgA, DemoServer.OrgB, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Equal($"reporter.b cannot supersede report {id}: it is of organisation {DemoServer.OrgA}, which reporter.b may not submit for", problem.GetProperty("detail").GetString());
        Assert.False(Exists("R-ACC-A3"));
        // A's own reporter proposes the correction (as a field kit does); only a data manager of A may let it replace the report.
        var (proposed, proposal) = await Api.Post(server.ClientFor("reporter.a"), $"/api/v1/reports/{id}/supersede", correction);
        Assert.True(proposed == HttpStatusCode.Created, $"{proposed} {proposal}");
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports/R-ACC-A3/approve", "{}")).Status);
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
            Assert.Equal(Core.Reports.ReportStatus.Approved, store.FindReport(id)!.Status);
    }

    [Fact]
    public async Task A_data_manager_of_an_operator_does_not_see_the_victims_of_another_operators_accident()
    {
        string id, name;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var accident = store.Accidents().First(x => x.OrganisationId != DemoServer.OrgA && x.Accident.Victims.Any(v => v.Name is not null));
            id = accident.ReportId;
            name = accident.Accident.Victims.First(v => v.Name is not null).Name!;
        }
        var shown = await server.ClientFor("manager.a").GetStringAsync(new Uri($"/api/v1/reports/{id}", UriKind.Relative));
        Assert.DoesNotContain(name, shown, StringComparison.Ordinal);
        var admin = await server.ClientFor("admin").GetStringAsync(new Uri($"/api/v1/reports/{id}", UriKind.Relative));
        Assert.Contains(name, admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_cannot_submit_and_a_reporter_cannot_submit_for_another_organisation()
    {
        var (viewer, _) = await Api.Post(server.ClientFor("viewer"), "/api/v1/reports", ProgressReport("R-ACC-V", DemoServer.OrgA));
        Assert.Equal(HttpStatusCode.Forbidden, viewer);
        var (other, problem) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports", ProgressReport("R-ACC-X", DemoServer.OrgB));
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.Contains(DemoServer.OrgB, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(Exists("R-ACC-V"));
        Assert.False(Exists("R-ACC-X"));
    }

    [Fact]
    public async Task Victims_names_are_shown_to_a_data_manager_not_to_a_viewer()
    {
        string id, name;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var accident = store.Accidents().First(x => x.Accident.Victims.Any(v => v.Name is not null));
            id = accident.ReportId;
            name = accident.Accident.Victims.First(v => v.Name is not null).Name!;
        }
        var manager = await server.Client.GetStringAsync(new Uri($"/api/v1/reports/{id}", UriKind.Relative));
        Assert.Contains(name, manager, StringComparison.Ordinal);
        var viewer = await server.ClientFor("viewer").GetStringAsync(new Uri($"/api/v1/reports/{id}", UriKind.Relative));
        Assert.DoesNotContain(name, viewer, StringComparison.Ordinal);
        Assert.Contains(id, viewer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/reports?organisation=' OR 1=1 --")]
    [InlineData("/api/v1/reports?hazard=x'); DROP TABLE reports; --")]
    [InlineData("/api/v1/hazards?organisation=' OR '1'='1")]
    [InlineData("/api/v1/hazards?region=\" OR 1=1; --")]
    [InlineData("/api/v1/teams?organisation=' OR 1=1 --")]
    [InlineData("/api/v1/accidents?hazard=' UNION SELECT password_hash FROM users --")]
    public async Task Injection_through_filters_finds_nothing_and_leaves_the_store_intact(string path)
    {
        long before = ReportCount();
        var body = await Api.GetOk(server.Client, EscapeQuery(path));
        Assert.Equal(0, body.GetProperty("total").GetInt64());
        Assert.Equal(before, ReportCount());
    }

    [Theory]
    [InlineData("/api/v1/hazards?bbox=1,2,3,4);DROP TABLE hazards;--")]
    [InlineData("/api/v1/hazards?bbox=' OR 1=1 --")]
    [InlineData("/api/v1/finds?bbox=NaN,NaN,NaN,NaN")]
    [InlineData("/api/v1/reports?status=approved' OR '1'='1")]
    [InlineData("/ogc/collections/hazards/items?bbox=1,2,3,4,5,6,7")]
    public async Task Junk_in_typed_filters_is_a_400(string path)
    {
        long before = ReportCount();
        var (status, _) = await Api.Get(server.Client, EscapeQuery(path));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(before, ReportCount());
    }

    [Fact]
    public async Task An_injected_id_in_the_path_is_a_404()
    {
        var (status, _) = await Api.Get(server.Client, "/api/v1/reports/" + Uri.EscapeDataString("x' OR '1'='1"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        var (h, _) = await Api.Get(server.Client, "/api/v1/hazards/" + Uri.EscapeDataString("x' OR '1'='1"));
        Assert.Equal(HttpStatusCode.NotFound, h);
    }

    /// <summary>The path with each query value percent-encoded (the attack text arrives at the server as written).</summary>
    private static string EscapeQuery(string path)
    {
        var parts = path.Split('?', 2);
        return parts[0] + "?" + string.Join("&", parts[1].Split('&').Select(p => p.Split('=', 2)).Select(kv => kv[0] + "=" + Uri.EscapeDataString(kv[1])));
    }

    private long ReportCount()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Reports().LongCount();
    }

    [Theory]
    [InlineData("/api/v1/session")]
    [InlineData("/api/v1/reports/R-ANY/approve")]
    [InlineData("/api/v1/tokens")]
    public async Task An_oversized_body_is_413(string path)
    {
        var big = "{ \"username\": \"" + new string('a', 200_000) + "\" }";
        var client = path == "/api/v1/session" ? server.NewClient() : server.ClientFor("data.manager");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(big, Encoding.UTF8, "application/json") };
        // Wait for the server's go-ahead before sending the body: the refusal then arrives instead of a reset connection.
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_problem()
    {
        var (status, body) = await Api.Post(server.NewClient(), "/api/v1/session", "{ \"username\": ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("body: not a login", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (missing, problem) = await Api.Post(server.NewClient(), "/api/v1/session", """{ "username": "admin" }""");
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.StartsWith("password:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (days, p2) = await Api.Post(server.Client, "/api/v1/tokens", """{ "name": "x", "days": 5000 }""");
        Assert.Equal(HttpStatusCode.BadRequest, days);
        Assert.StartsWith("days:", p2.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_revoked_forged_and_malformed_tokens_and_disabled_users_are_401_with_one_message()
    {
        string expired, revoked;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            expired = TokenSecret.New();
            revoked = TokenSecret.New();
            using var tx = store.BeginWrite();
            tx.AddToken(new AccessToken(TokenSecret.Hash(expired), TokenKind.Api, "admin", "old", DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddSeconds(-1), false));
            tx.AddToken(new AccessToken(TokenSecret.Hash(revoked), TokenKind.Api, "admin", "gone", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), false));
            tx.RevokeToken(TokenSecret.Hash(revoked));
            tx.Commit();
        }
        var live = server.Token("admin");
        var forged = TokenSecret.New();
        var tampered = live[..^1] + (live[^1] == 'A' ? 'B' : 'A');
        var details = new List<string?>();
        foreach (var token in new[] { expired, revoked, forged, tampered, "abc", "' OR 1=1 --", new string('x', 5000) })
        {
            var (status, body) = await Api.Get(server.WithBearer(token), "/api/v1/hazards");
            Assert.True(status == HttpStatusCode.Unauthorized, $"{token[..Math.Min(10, token.Length)]}: {status}");
            details.Add(body.GetProperty("detail").GetString());
        }
        Assert.Single(details.Distinct());
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(server.WithBearer(live), "/api/v1/hazards?limit=1")).Status);

        using var basic = server.NewClient();
        basic.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + DemoServer.Password)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Get(basic, "/api/v1/hazards")).Status);
    }

    [Fact]
    public async Task A_disabled_users_token_and_session_stop_working()
    {
        var token = server.Token("viewer.a");
        var session = await server.SignIn("viewer.a");
        Assert.Equal(HttpStatusCode.OK, (await Api.Get(server.WithBearer(token), "/api/v1/session/me")).Status);
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        using (var tx = store.BeginWrite())
        {
            tx.SetDisabled("viewer.a", true);
            tx.Commit();
        }
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Get(server.WithBearer(token), "/api/v1/session/me")).Status);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Get(session, "/api/v1/session/me")).Status);
            var (login, _) = await Api.Post(server.NewClient(), "/api/v1/session", $$"""{ "username": "viewer.a", "password": "{{DemoServer.Password}}" }""");
            Assert.Equal(HttpStatusCode.Unauthorized, login);
        }
        finally
        {
            using var store = GeoPackageStore.Open(server.StorePath, create: false);
            using var tx = store.BeginWrite();
            tx.SetDisabled("viewer.a", false);
            tx.Commit();
        }
    }

    [Fact]
    public async Task A_failed_login_says_the_same_whether_the_user_exists_or_not()
    {
        var (wrong, a) = await Api.Post(server.NewClient(), "/api/v1/session", """{ "username": "admin", "password": "not the password" }""");
        var (unknown, b) = await Api.Post(server.NewClient(), "/api/v1/session", """{ "username": "nobody.here", "password": "not the password" }""");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown);
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_session_cookie_signs_in_is_httponly_strict_and_a_tampered_or_logged_out_cookie_is_401()
    {
        using var c = server.NewClient();
        using var content = new StringContent($$"""{ "username": "manager.a", "password": "{{DemoServer.Password}}" }""", Encoding.UTF8, "application/json");
        using var response = await c.PostAsync(new Uri("/api/v1/session", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        var me = await Api.GetOk(c, "/api/v1/session/me");
        Assert.Equal("data-manager", me.GetProperty("role").GetString());
        Assert.Equal(DemoServer.OrgA, me.GetProperty("organisation").GetString());

        var secret = setCookie.Split(';')[0].Split('=', 2)[1];
        var tampered = secret[..^2] + (secret[^2] == 'A' ? "BB" : "AA");
        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookie(tampered));
        Assert.Equal(HttpStatusCode.OK, await WithCookie(secret));

        // A cookie-authenticated write from another origin is refused (CSRF).
        using (var csrf = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/tokens", UriKind.Relative)) { Content = new StringContent("""{ "name": "x" }""", Encoding.UTF8, "application/json") })
        {
            csrf.Headers.Add("Origin", "http://evil.example");
            using var refused = await c.SendAsync(csrf);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        await DemoServer.SendAntiforgery(c);
        using (var logout = await c.DeleteAsync(new Uri("/api/v1/session", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookie(secret));
    }

    [Fact]
    public async Task A_stale_cookie_does_not_stop_a_new_login()
    {
        using var c = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/session", UriKind.Relative))
        {
            Content = new StringContent($$"""{ "username": "viewer", "password": "{{DemoServer.Password}}" }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", "sg_session=" + TokenSecret.New());
        using var response = await c.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpStatusCode> WithCookie(string secret)
    {
        using var c = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/session/me", UriKind.Relative));
        request.Headers.Add("Cookie", "sg_session=" + secret);
        using var response = await c.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_token_made_through_the_api_works_once_shown()
    {
        var (status, body) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/tokens", """{ "name": "nightly upload", "days": 30 }""");
        Assert.Equal(HttpStatusCode.Created, status);
        var token = body.GetProperty("token").GetString()!;
        var me = await Api.GetOk(server.WithBearer(token), "/api/v1/session/me");
        Assert.Equal("reporter.a", me.GetProperty("username").GetString());
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        Assert.NotNull(store.FindToken(TokenSecret.Hash(token)));
        Assert.Null(store.FindToken(token)); // the secret itself is not stored
    }

    [Fact]
    public async Task The_audit_log_records_a_refused_approval_and_no_endpoint_changes_it()
    {
        var (a, _) = await Submitted();
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(server.ClientFor("reporter.b"), $"/api/v1/reports/{a}/approve", "{}")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Post(server.NewClient(), "/api/v1/session", """{ "username": "admin", "password": "guess-guess" }""")).Status);

        var admin = server.ClientFor("admin");
        var log = (await Api.GetOk(admin, "/api/v1/audit?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var refused = log.First(e => e.GetProperty("username").GetString() == "reporter.b" && e.GetProperty("path").GetString() == $"/api/v1/reports/{a}/approve");
        Assert.Equal(403, refused.GetProperty("status").GetInt32());
        Assert.Equal("127.0.0.1", refused.GetProperty("remoteAddress").GetString());
        Assert.Equal(a, refused.GetProperty("targetId").GetString());
        Assert.Equal("POST /api/v1/reports/{id}/approve", refused.GetProperty("action").GetString());
        Assert.Contains(log, e => e.GetProperty("username").GetString() == "admin" && e.GetProperty("path").GetString() == "/api/v1/session"
                                  && e.GetProperty("status").GetInt32() == 401);

        // Only admins read it.
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Get(server.Client, "/api/v1/audit")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Get(server.ClientFor("reporter.a"), "/api/v1/audit")).Status);

        long before = AuditCount();
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Post, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, new Uri("/api/v1/audit", UriKind.Relative)) { Content = new StringContent("[]", Encoding.UTF8, "application/json") };
            using var response = await admin.SendAsync(request);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        }
        // The attempts were appended (they are writes), nothing was removed.
        Assert.Equal(before + 4, AuditCount());
    }

    private long AuditCount()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.AuditLog(0, 1).Total;
    }

    [Fact]
    public async Task Security_headers_are_on_every_response()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/v1/hazards?limit=1", UriKind.Relative));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        using var refused = await server.Anonymous.GetAsync(new Uri("/api/v1/hazards", UriKind.Relative));
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
