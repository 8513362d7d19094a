using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage;
using Xunit.Abstractions;

namespace Safeground.Server.Tests;

/// <summary>
/// The authorization matrix: every endpoint of the built server (its route table), called by every kind of caller,
/// against an explicit table of who may. A route without a line in <see cref="Matrix"/> fails the test, so a new
/// endpoint cannot ship without its rule. Granted is 2xx or a validation answer (400, 409, 422) after the access
/// check; refused is 401 (no credentials), 403 or 404. Reads of what a caller may not see must be 404 (ids do not
/// leak), no granted answer may name another organisation's unapproved report, and a write refused in substance
/// (a push of another organisation's report) must leave the store unchanged.
/// </summary>
public class AuthorizationMatrixTests(DemoServer server, ITestOutputHelper output) : IClassFixture<DemoServer>
{
    /// <summary>The callers: one column each.</summary>
    [Flags]
    public enum Who
    {
        None = 0,
        Anonymous = 1,
        Viewer = 2,
        ReporterA = 4,
        ReporterB = 8,
        ManagerA = 16,
        Manager = 32, // data manager of the national authority
        Admin = 64,
    }

    private const Who SignedIn = Who.Viewer | Who.ReporterA | Who.ReporterB | Who.ManagerA | Who.Manager | Who.Admin;
    private const Who Open = Who.Anonymous | SignedIn;
    private const Who Reporters = Who.ReporterA | Who.ReporterB | Who.ManagerA | Who.Manager | Who.Admin;
    private const Who Managers = Who.ManagerA | Who.Manager | Who.Admin;
    /// <summary>Sees and submits organisation A's reports whatever their status.</summary>
    private const Who OfA = Who.ReporterA | Who.ManagerA | Who.Manager | Who.Admin;
    private const Who OfB = Who.ReporterB | Who.Manager | Who.Admin;
    private const Who DecidesA = Who.ManagerA | Who.Manager | Who.Admin;
    private const Who DecidesB = Who.Manager | Who.Admin;

    private static readonly (Who Who, string? User)[] Callers =
    [
        (Who.Anonymous, null), (Who.Viewer, "viewer"), (Who.ReporterA, "reporter.a"), (Who.ReporterB, "reporter.b"),
        (Who.ManagerA, "manager.a"), (Who.Manager, "data.manager"), (Who.Admin, "admin"),
    ];

    /// <summary>One request to make: path, JSON body (null: none), and, for writes, whether the write took effect.</summary>
    public sealed record Call(string Path, string? Body = null, Func<bool>? Done = null);

    /// <summary>
    /// A line of the matrix: the route (method and pattern as routed), who is granted, the request (route values filled
    /// with real ids; called once per caller so writes get fresh targets), whether a refusal must be 404, and who
    /// may change the store when that differs from who is answered 2xx.
    /// </summary>
    public sealed record Rule(string Method, string Route, Who Granted, Func<Targets, Call> Make, bool Hidden = false, Who? Writes = null);

    private static Rule Get(string route, Who granted, Func<Targets, string> path, bool hidden = false) =>
        new("GET", route, granted, t => new Call(path(t)), hidden);

    private static Rule Get(string route, Who granted) => Get(route, granted, _ => route);

    /// <summary>The table: one line per route and target. Keep it in the order of the API.</summary>
    public static readonly Rule[] Matrix =
    [
        Get("/", Open),
        Get("/api/v1", Open),
        Get("/api/v1/openapi.json", Open),
        Get("/api/v1/reference/{documentName?}", Open, _ => "/api/v1/reference"),
        Get("/api/v1/reference/scalar.js", Open),
        Get("/api/v1/reference/scalar.aspnetcore.js", Open),
        Get("/api/v1/reference/favicon.svg", Open),
        // The public transparency site: open to anyone, it holds nothing a viewer must not see (PublicSiteTests scans it).
        Get("/public/{**file}", Open, _ => "/public/"),

        new("POST", "/api/v1/session", Open, _ => new Call("/api/v1/session", $$"""{ "username": "viewer", "password": "{{DemoServer.Password}}" }""")),
        new("DELETE", "/api/v1/session", SignedIn, _ => new Call("/api/v1/session")),
        Get("/api/v1/session/me", SignedIn),
        Get("/api/v1/session/antiforgery", SignedIn),
        new("POST", "/api/v1/tokens", SignedIn, _ => new Call("/api/v1/tokens", """{ "name": "matrix", "days": 1 }""")),
        Get("/api/v1/users/{name}/tokens", Who.ReporterA | Who.Admin, _ => "/api/v1/users/reporter.a/tokens", hidden: true),
        new("DELETE", "/api/v1/tokens/{id}", Who.ReporterA | Who.Admin, t => t.TokenOfReporterA(), Hidden: true),
        Get("/api/v1/audit", Who.Admin),

        new("POST", "/api/v1/reports", OfA, t => t.SubmitNew(DemoServer.OrgA)),
        new("POST", "/api/v1/reports", OfB, t => t.SubmitNew(DemoServer.OrgB)),
        Get("/api/v1/reports", SignedIn, _ => "/api/v1/reports?status=submitted&limit=10000"),
        Get("/api/v1/reports", SignedIn, _ => "/api/v1/reports?status=rejected&limit=10000"),
        Get("/api/v1/reports", SignedIn, _ => $"/api/v1/reports?organisation={DemoServer.OrgA}&limit=10000"),
        Get("/api/v1/reports/{id}", SignedIn, t => "/api/v1/reports/" + t.ApprovedA),
        Get("/api/v1/reports/{id}", OfA, t => "/api/v1/reports/" + t.SubmittedA, hidden: true),
        Get("/api/v1/reports/{id}", OfA, t => "/api/v1/reports/" + t.RejectedA, hidden: true),
        Get("/api/v1/reports/{id}", OfA, t => "/api/v1/reports/" + t.SupersededA, hidden: true),
        new("POST", "/api/v1/reports/{id}/approve", DecidesA, t => t.Decide(DemoServer.OrgA, "approve")),
        new("POST", "/api/v1/reports/{id}/approve", DecidesB, t => t.Decide(DemoServer.OrgB, "approve")),
        new("POST", "/api/v1/reports/{id}/reject", DecidesA, t => t.Decide(DemoServer.OrgA, "reject")),
        new("POST", "/api/v1/reports/{id}/reject", DecidesB, t => t.Decide(DemoServer.OrgB, "reject")),
        // Anyone who may submit for A may propose a correction of A's report; only a data manager's approval replaces it.
        new("POST", "/api/v1/reports/{id}/supersede", OfA, t => t.Supersede()),
        Get("/api/v1/reports/{id}/impact", SignedIn, t => $"/api/v1/reports/{t.ApprovedA}/impact"),
        Get("/api/v1/reports/{id}/impact", OfA, t => $"/api/v1/reports/{t.SubmittedA}/impact", hidden: true),
        Get("/api/v1/reports/conflicts", Managers),
        new("POST", "/api/v1/reports/check", OfA, t => new Call("/api/v1/reports/check", t.NewReport(DemoServer.OrgA).Json)),
        new("POST", "/api/v1/reports/batch", OfA, t => t.SubmitBatch(DemoServer.OrgA)),

        new("POST", "/api/v1/sync/manifest", SignedIn, _ => new Call("/api/v1/sync/manifest", "{}")),
        new("POST", "/api/v1/sync/fetch", SignedIn, t => new Call("/api/v1/sync/fetch", $$"""{ "ids": ["{{t.SubmittedA}}", "{{t.RejectedA}}", "{{t.ApprovedA}}"] }""")),
        // A push is answered per report: refused reports are in the answer, not a 403. Only A's reporters may store A's.
        new("POST", "/api/v1/sync/push", Reporters, t => t.Push(DemoServer.OrgA), Writes: OfA),

        Get("/api/v1/hazards", SignedIn),
        Get("/api/v1/hazards/{id}", SignedIn, t => "/api/v1/hazards/" + t.HazardOfSubmittedA),
        Get("/api/v1/hazards/{id}/timeline", SignedIn, t => $"/api/v1/hazards/{t.HazardOfSubmittedA}/timeline"),
        Get("/api/v1/hazards/{id}/reports", SignedIn, t => $"/api/v1/hazards/{t.HazardOfSubmittedA}/reports"),
        Get("/api/v1/finds", SignedIn),
        Get("/api/v1/accidents", SignedIn),
        Get("/api/v1/organisations", SignedIn),
        Get("/api/v1/teams", SignedIn),
        Get("/api/v1/deployments", SignedIn),
        // Reference data: changed by data managers and admins only (a repeated add is a 409, a repeated retirement a 422).
        new("POST", "/api/v1/organisations", Managers, _ => new Call("/api/v1/organisations", """{ "id": "ORG-MX", "name": "Matrix operator", "country": "UA" }""")),
        new("PUT", "/api/v1/organisations/{id}", Managers, _ => new Call("/api/v1/organisations/ORG-MX", """{ "name": "Matrix operator", "country": "UA" }""")),
        new("POST", "/api/v1/organisations/{id}/retire", Managers, _ => new Call("/api/v1/organisations/ORG-MX/retire?on=2099-12-31")),
        new("POST", "/api/v1/teams", Managers, _ => new Call("/api/v1/teams", """{ "id": "T-MX", "organisationId": "ORG-SES3", "name": "Matrix team", "asset": "manual", "size": 10 }""")),
        new("PUT", "/api/v1/teams/{id}", Managers, _ => new Call("/api/v1/teams/T-MX", """{ "organisationId": "ORG-SES3", "name": "Matrix team", "asset": "manual", "size": 12 }""")),
        new("POST", "/api/v1/teams/{id}/retire", Managers, _ => new Call("/api/v1/teams/T-MX/retire?on=2099-12-31")),
        new("POST", "/api/v1/deployments", Managers, _ => new Call("/api/v1/deployments", """{ "id": "DEP-MX", "teamId": "T-SES3-M1", "region": "Kharkiv oblast", "start": "2026-12-01", "plannedDays": 30 }""")),
        new("PUT", "/api/v1/deployments/{id}", Managers, _ => new Call("/api/v1/deployments/DEP-MX", """{ "teamId": "T-SES3-M1", "region": "Kharkiv oblast", "start": "2026-12-01", "plannedDays": 40 }""")),
        new("POST", "/api/v1/deployments/{id}/retire", Managers, _ => new Call("/api/v1/deployments/DEP-MX/retire?on=2099-12-31")),
        Get("/api/v1/rollups", SignedIn),
        Get("/api/v1/checks", SignedIn),
        Get("/api/v1/rules", SignedIn),
        // The ordnance catalogue: read by anyone signed in, changed by data managers and admins (a repeated add is a 409).
        Get("/api/v1/ordnance", SignedIn, _ => "/api/v1/ordnance?q=pmn"),
        Get("/api/v1/ordnance/{name}", SignedIn, _ => "/api/v1/ordnance/PMN-2"),
        new("POST", "/api/v1/ordnance", Managers, _ => new Call("/api/v1/ordnance", """{ "name": "Matrix-1", "category": "uxo", "fuzes": ["impact"] }""")),
        new("PUT", "/api/v1/ordnance/{name}", Managers, _ => new Call("/api/v1/ordnance/TM-57", """{ "name": "TM-57", "category": "at-mine", "fuzes": ["pressure"] }""")),
        new("POST", "/api/v1/ordnance/{name}/retire", Managers, _ => new Call("/api/v1/ordnance/TM-46/retire?on=2026-12-01")),
        // Made for anyone signed in; a bad parameter is answered (400) only after the caller is let in.
        Get("/api/v1/products/monthly.pdf", SignedIn, _ => "/api/v1/products/monthly.pdf?month=March"),
        Get("/api/v1/products/treaty.{format}", SignedIn, _ => "/api/v1/products/treaty.xlsx?year=20x6"),
        Get("/api/v1/products/certificate.pdf", SignedIn, t => "/api/v1/products/certificate.pdf?hazard=" + t.HazardOfSubmittedA),
        Get("/api/v1/products/accident.pdf", SignedIn, _ => "/api/v1/products/accident.pdf"),
        new("POST", "/api/v1/checks/claim", SignedIn, _ => new Call("/api/v1/checks/claim", """{ "devices": 10, "area": "5 ha", "days": 20, "people": 10, "teams": 1 }""")),

        Get("/ogc", SignedIn),
        Get("/ogc/conformance", SignedIn),
        Get("/ogc/api", SignedIn),
        Get("/ogc/collections", SignedIn),
        Get("/ogc/collections/{collectionId}", SignedIn, _ => "/ogc/collections/hazards"),
        Get("/ogc/collections/{collectionId}", SignedIn, _ => "/ogc/collections/accidents"),
        Get("/ogc/collections/{collectionId}/items", SignedIn, _ => "/ogc/collections/hazards/items"),
        Get("/ogc/collections/{collectionId}/items", SignedIn, _ => "/ogc/collections/released/items"),
        Get("/ogc/collections/{collectionId}/items", SignedIn, _ => "/ogc/collections/finds/items"),
        Get("/ogc/collections/{collectionId}/items", SignedIn, _ => "/ogc/collections/accidents/items"),
        Get("/ogc/collections/{collectionId}/items/{featureId}", SignedIn, t => "/ogc/collections/hazards/items/" + t.HazardOfSubmittedA),

        Get("/tiles/tiles.json", SignedIn),
        Get("/tiles/{layer}.json", SignedIn, _ => "/tiles/hazards.json"),
        Get("/tiles/{z}/{x}/{y}.mvt", SignedIn, t => "/tiles/" + t.TileOfSubmittedA + ".mvt"),
        Get("/tiles/{layer}/{z}/{x}/{y}.mvt", SignedIn, t => "/tiles/hazards/" + t.TileOfSubmittedA + ".mvt"),
        Get("/tiles/{layer}/{z}/{x}/{y}.mvt", SignedIn, t => "/tiles/finds/" + t.TileOfSubmittedA + ".mvt"),
    ];

    [Fact]
    public async Task Every_route_answers_every_caller_as_the_matrix_says()
    {
        var routes = server.Endpoints.SelectMany(Routes).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
        var unruled = Unruled(routes, Matrix);
        Assert.True(unruled.Count == 0, string.Join("\n", unruled));
        var stale = Matrix.Select(r => $"{r.Method} {r.Route}").Distinct().Where(r => !routes.Contains(r)).ToList();
        Assert.True(stale.Count == 0, "rules for routes the server does not have: " + string.Join(", ", stale));

        var targets = Targets.Make(server.StorePath);
        var tokens = Callers.Where(c => c.User is not null).ToDictionary(c => c.Who, c => server.Token(c.User!));
        var failures = new List<string>();
        int cells = 0;
        foreach (var rule in Matrix)
        {
            foreach (var (who, _) in Callers)
            {
                var call = rule.Make(targets);
                // A fresh client per cell: a sign-in sets a cookie that must not carry over to the next cell.
                var client = tokens.TryGetValue(who, out var token) ? server.WithBearer(token) : server.NewClient();
                var (status, text) = await Send(client, rule.Method, call);
                cells++;
                var cell = $"{rule.Method} {call.Path} as {who}: {(int)status} {status}";
                bool granted = rule.Granted.HasFlag(who);
                var outcome = Classify(status);
                if (outcome is null) failures.Add($"{cell}: neither granted nor refused ({Trim(text)})");
                else if (granted && outcome != true) failures.Add($"{cell}: refused, the matrix grants it ({Trim(text)})");
                else if (!granted && outcome != false) failures.Add($"{cell}: GRANTED, the matrix refuses it ({Trim(text)})");
                else if (!granted && who == Who.Anonymous && status != HttpStatusCode.Unauthorized) failures.Add($"{cell}: without credentials must be 401");
                else if (!granted && rule.Hidden && who != Who.Anonymous && status != HttpStatusCode.NotFound) failures.Add($"{cell}: must be 404 (hidden like a wrong id)");
                if (call.Done is { } done && done() != (rule.Writes ?? rule.Granted).HasFlag(who))
                    failures.Add($"{cell}: the write {(done() ? "TOOK EFFECT" : "did not take effect")}, the matrix says {((rule.Writes ?? rule.Granted).HasFlag(who) ? "it must" : "it must not")} ({Trim(text)})");
                if (outcome == true && !OfA.HasFlag(who))
                    foreach (var secret in new[] { targets.SubmittedA, targets.RejectedA })
                        if (text.Contains(secret, StringComparison.Ordinal)) failures.Add($"{cell}: the answer names {secret}, an unapproved report of {DemoServer.OrgA}");
            }
        }
        output.WriteLine($"authorization matrix: {Matrix.Length} lines over {routes.Count} routes × {Callers.Length} callers = {cells} cells");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells wrong:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void A_route_without_a_rule_is_named()
    {
        var unruled = Unruled(["GET /api/v1/hazards", "POST /api/v1/hazards/{id}/close"], Matrix);
        Assert.Equal(["route POST /api/v1/hazards/{id}/close has no rule in the authorization matrix"], unruled);
    }

    private static List<string> Unruled(IEnumerable<string> routes, Rule[] matrix) =>
        routes.Where(r => !matrix.Any(m => $"{m.Method} {m.Route}" == r))
            .Select(r => $"route {r} has no rule in the authorization matrix").ToList();

    /// <summary>"METHOD /pattern" of an endpoint, one per HTTP method it answers (an endpoint without methods answers all: named ANY).</summary>
    private static IEnumerable<string> Routes(RouteEndpoint e)
    {
        var pattern = "/" + (e.RoutePattern.RawText ?? "").Trim('/');
        var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return methods is { Count: > 0 } ? methods.Select(m => $"{m} {pattern}") : [$"ANY {pattern}"];
    }

    /// <summary>true: granted (2xx, 3xx, or a validation answer after the access check); false: refused; null: neither.</summary>
    private static bool? Classify(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 400 => true,
        400 or 409 or 422 => true,
        401 or 403 or 404 => false,
        _ => null,
    };

    private static async Task<(HttpStatusCode, string)> Send(HttpClient client, string method, Call call)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(call.Path, UriKind.Relative));
        if (call.Body is not null) request.Content = new StringContent(call.Body, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    private static string Trim(string s) => s.Length <= 300 ? s : s[..300] + "…";

    /// <summary>
    /// Real ids of the demo store for the route values: one report of organisation A in each status (made here), the
    /// hazard and tile they are on, and fresh targets for each write cell (a new submitted report, a new approved one,
    /// a new token), so that one caller's granted write does not change what the next caller is asked about.
    /// </summary>
    public sealed class Targets
    {
        private readonly string _store;
        private readonly Dictionary<string, Queue<HazardState>> _hazards = [];
        private readonly Queue<string> _approvedA;
        private int _next;

        public string ApprovedA { get; }
        public string SubmittedA { get; }
        public string RejectedA { get; }
        public string SupersededA { get; }
        public string HazardOfSubmittedA { get; }
        /// <summary>z/x/y of a zoom-12 tile over the hazard of <see cref="SubmittedA"/>.</summary>
        public string TileOfSubmittedA { get; }

        private Targets(string store)
        {
            _store = store;
            using var s = GeoPackageStore.Open(store, create: false);
            foreach (var org in new[] { DemoServer.OrgA, DemoServer.OrgB })
            {
                _hazards[org] = new(s.Hazards().Where(h => h.OrganisationId == org && h.Status == HazardStatus.Open && h.Releases.Count == 0).Take(60));
                Assert.True(_hazards[org].Count >= 8, $"{org}: only {_hazards[org].Count} open hazards without releases to report on");
            }
            // Not the surveys that create a hazard: superseding one is refused as creating the hazard again (a rule, not access).
            _approvedA = new(s.QueryReports(new ReportQuery(ReportStatus.Approved, DemoServer.OrgA, Limit: 200)).Items
                .Where(r => r.Report.Body is not NonTechnicalSurvey { Action: SurveyAction.Create }).Select(r => r.Report.Id).Take(20));
            var lifecycle = new ReportLifecycle(s, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(s));
            ApprovedA = _approvedA.Dequeue();
            var submitted = NewReport(DemoServer.OrgA, "team.lead");
            lifecycle.Submit(submitted.Report);
            SubmittedA = submitted.Report.Id;
            HazardOfSubmittedA = submitted.Report.HazardId!;
            var rejected = NewReport(DemoServer.OrgA, "team.lead");
            lifecycle.Submit(rejected.Report);
            lifecycle.Reject(rejected.Report.Id, "data.manager", "matrix");
            RejectedA = rejected.Report.Id;
            var old = s.FindReport(_approvedA.Dequeue())!.Report;
            var correction = old with { Id = NextId(), Supersedes = old.Id, SupersedeReason = "matrix: a correction", SubmittedAt = DateTimeOffset.UtcNow };
            lifecycle.Submit(correction);
            lifecycle.Approve(correction.Id, "data.manager");
            SupersededA = old.Id;
            var c = s.FindHazard(HazardOfSubmittedA)!.Remaining.Centroid;
            TileOfSubmittedA = Tile(12, c.X, c.Y);
        }

        public static Targets Make(string store) => new(store);

        private string NextId() => $"R-MATRIX-{Interlocked.Increment(ref _next):D4}";

        /// <summary>A new progress report of <paramref name="org"/> on a hazard no other matrix report touches.</summary>
        public (Report Report, string Json) NewReport(string org, string submittedBy = "")
        {
            var h = _hazards[org].Dequeue();
            _hazards[org].Enqueue(h); // reused only after all others: a hazard gets at most one approval
            var e = h.Remaining.EnvelopeInternal;
            double mid = (e.MinX + e.MaxX) / 2;
            var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
            var json = $$"""
                { "id": "{{NextId()}}", "hazardId": "{{h.HazardId}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
                  "submittedAt": "2026-11-21T10:00:00+00:00",{{(submittedBy.Length == 0 ? "" : $" \"submittedBy\": \"{submittedBy}\",")}}
                  "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] } }
                """;
            return (JsonSerializer.Deserialize<Report>(json, ReportJson.Options)!, json);
        }

        public Call SubmitNew(string org)
        {
            var (report, json) = NewReport(org);
            return new Call("/api/v1/reports", json, () => Find(report.Id) is not null);
        }

        public Call SubmitBatch(string org)
        {
            var (report, json) = NewReport(org);
            return new Call("/api/v1/reports/batch", $"[{json}]", () => Find(report.Id) is not null);
        }

        public Call Push(string org)
        {
            // A kit's report names its author: a field reporter of A, whom any user allowed to deliver A's reports may deliver for.
            var (report, json) = NewReport(org, "reporter.a");
            return new Call("/api/v1/sync/push", $$"""{ "reports": [{{json}}] }""", () => Find(report.Id) is not null);
        }

        /// <summary>Approve or reject a report of <paramref name="org"/> submitted just now.</summary>
        public Call Decide(string org, string decision)
        {
            var (report, _) = NewReport(org, "team.lead");
            using (var s = GeoPackageStore.Open(_store, create: false)) new ReportLifecycle(s, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(s)).Submit(report);
            var expected = decision == "approve" ? ReportStatus.Approved : ReportStatus.Rejected;
            return new Call($"/api/v1/reports/{report.Id}/{decision}", """{ "reason": "matrix" }""", () => Find(report.Id)?.Status == expected);
        }

        /// <summary>Supersede an approved report of organisation A no other cell touched, with the same report under a new id.</summary>
        public Call Supersede()
        {
            var old = Find(_approvedA.Dequeue())!.Report;
            var id = NextId();
            // Who submits is the caller: the old report's submittedBy is left out of the correction.
            var node = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(old with { Id = id, Supersedes = null, SupersedeReason = "matrix: a correction" }, ReportJson.Options))!.AsObject();
            node.Remove("submittedBy");
            node.Remove("submittedAt");
            var json = node.ToJsonString();
            return new Call($"/api/v1/reports/{old.Id}/supersede", json, () => Find(id) is not null);
        }

        /// <summary>A new API token of reporter.a, to be revoked; done when it is revoked.</summary>
        public Call TokenOfReporterA()
        {
            using var s = GeoPackageStore.Open(_store, create: false);
            var (_, token) = Core.Access.UserAccounts.IssueToken(s, "reporter.a", "matrix", 1, DateTimeOffset.UtcNow);
            return new Call("/api/v1/tokens/" + token.Id, Done: () =>
            {
                using var again = GeoPackageStore.Open(_store, create: false);
                return Core.Access.UserAccounts.TokensOf(again, "reporter.a").Single(t => t.Id == token.Id).Revoked;
            });
        }

        private ReportRecord? Find(string id)
        {
            using var s = GeoPackageStore.Open(_store, create: false);
            return s.FindReport(id);
        }

        private static string Tile(int z, double lon, double lat)
        {
            int n = 1 << z;
            int x = (int)Math.Floor((lon + 180) / 360 * n);
            double r = lat * Math.PI / 180;
            int y = (int)Math.Floor((1 - Math.Log(Math.Tan(r) + 1 / Math.Cos(r)) / Math.PI) / 2 * n);
            return $"{z}/{x}/{y}";
        }
    }
}
