using System.Net;
using System.Text;
using System.Text.Json;
using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// A planted victim (name, date of birth, address, phone) in an approved and a pending accident report of organisation A,
/// looked for in the answer of every GET endpoint of the API (from its OpenAPI document), every OGC API collection and
/// item, every vector tile layer at the accident, and the sync fetch, as every role: anonymous, viewer, field reporter, data
/// manager and admin, of the authority, of A and of B. It may appear only in the report itself, to those the access
/// policy allows; never anywhere else, and never by sync.
/// </summary>
public sealed class PersonalDataApiTests : IAsyncLifetime
{
    private const string Approved = "R-PII-API-1";
    private const string Pending = "R-PII-API-2";
    private static readonly string[] Planted = ["Quorrbeck", "1971-07-13", "Testova", "555 0199"];

    private static readonly (string Name, Role Role, string? Org)[] Extra =
    [
        ("admin.a", Role.Admin, DemoServer.OrgA),
        ("admin.b", Role.Admin, DemoServer.OrgB),
        ("manager.b", Role.DataManager, DemoServer.OrgB),
    ];

    private readonly DemoServer _server = new();
    private string _hazard = "";
    private Point3 _at;
    private DateOnly _day;

    private readonly record struct Point3(double Lon, double Lat);

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        using var store = GeoPackageStore.Open(_server.StorePath, create: false);
        var hazard = store.Hazards().First(h => h.OrganisationId == DemoServer.OrgA && h.Status != HazardStatus.Closed);
        _hazard = hazard.HazardId;
        var point = hazard.Remaining.InteriorPoint;
        _at = new(point.X, point.Y);
        _day = hazard.LastReportOn;
        var lifecycle = new ReportLifecycle(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store));
        lifecycle.Submit(Accident(Approved, hazard, point));
        lifecycle.Approve(Approved, TestDeciders.DataManager);
        lifecycle.Submit(Accident(Pending, hazard, point));
        foreach (var (name, role, org) in Extra) UserAccounts.Add(store, name, null, role, org, DemoServer.Password, DateTimeOffset.UtcNow, iterations: 1000);
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    private static Report Accident(string id, Core.Projections.HazardState hazard, NetTopologySuite.Geometries.Point at) =>
        new(id, hazard.HazardId, hazard.OrganisationId, null, null, hazard.LastReportOn, DateTimeOffset.UtcNow.AddMinutes(-5), "team.lead",
            new AccidentReport(new DateTimeOffset(hazard.LastReportOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), at, true,
                "excavation", AssetKind.Manual, "missed signal", "pressure", false, true, Core.Ordnance.EoCategory.ApMine, "PMN-2", 5, "dry", "sunny", "retraining",
                [new Victim("Zinovia Quorrbeck", Gender.Female, new DateOnly(1971, 7, 13), 54, "17 Testova St, Kyiv, tel +380 44 555 0199", "deminer", VictimOutcome.Injured, "foot", "excavation")]));

    private static async Task<(HttpStatusCode Status, string Text)> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // A PDF's text is glyph codes: read it as a reader would (PdfPig), also without the spaces a table cell's wrapping
        // adds; a workbook is a zip of XML.
        switch (response.Content.Headers.ContentType?.MediaType)
        {
            case "application/pdf":
                using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
                {
                    var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
                    return (response.StatusCode, text + "\n" + new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()));
                }
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
                    return (response.StatusCode, string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd())));
        }
        // Latin-1 keeps every byte, so a tile's protobuf strings are searched as they are.
        return (response.StatusCode, Encoding.Latin1.GetString(bytes));
    }

    // Every GET path: the API's from its OpenAPI document (new endpoints are covered without changing this test), OGC's
    // collections and items, and each tile layer at the accident.
    private async Task<List<string>> Paths(HttpClient admin)
    {
        var paths = new List<string>();
        using (var doc = JsonDocument.Parse((await Get(admin, "/api/v1/openapi.json")).Text))
        {
            foreach (var p in doc.RootElement.GetProperty("paths").EnumerateObject())
            {
                if (!p.Value.TryGetProperty("get", out _)) continue;
                var path = p.Name;
                // Products take their subject as parameters: the planted accident's month, year, hazard and reports.
                if (path == "/api/v1/products/monthly.pdf") paths.Add($"{path}?month={_day:yyyy-MM}");
                else if (path == "/api/v1/products/certificate.pdf") paths.Add($"{path}?hazard={_hazard}");
                else if (path == "/api/v1/products/accident.pdf") paths.AddRange([$"{path}?report={Approved}", $"{path}?report={Pending}"]);
                else if (!path.Contains('{', StringComparison.Ordinal)) paths.Add(path);
                else if (path.StartsWith("/api/v1/hazards/{id}", StringComparison.Ordinal)) paths.Add(path.Replace("{id}", _hazard, StringComparison.Ordinal));
                else if (path.StartsWith("/api/v1/reports/{id}", StringComparison.Ordinal))
                    paths.AddRange([path.Replace("{id}", Approved, StringComparison.Ordinal), path.Replace("{id}", Pending, StringComparison.Ordinal)]);
                else if (path.StartsWith("/api/v1/users/{name}", StringComparison.Ordinal)) paths.AddRange(new[] { "admin", "admin.a", "admin.b" }.Select(u => path.Replace("{name}", u, StringComparison.Ordinal)));
                else if (path.StartsWith("/api/v1/ordnance/{name}", StringComparison.Ordinal)) paths.Add(path.Replace("{name}", "PMN-2", StringComparison.Ordinal));
                else if (path == "/api/v1/products/treaty.{format}") paths.AddRange([$"/api/v1/products/treaty.xlsx?year={_day.Year}", $"/api/v1/products/treaty.pdf?year={_day.Year}"]);
                else if (path.StartsWith("/ogc/", StringComparison.Ordinal) || path.StartsWith("/tiles/", StringComparison.Ordinal)) continue; // below, by their own listings
                else Assert.Fail($"{path}: this test does not know what to put in its parameters; teach it");
            }
        }
        // The document lists the API's own paths: the report and the hazard's reports are among them.
        Assert.Contains($"/api/v1/reports/{Approved}", paths);
        Assert.Contains($"/api/v1/hazards/{_hazard}/reports", paths);
        paths.AddRange([$"/api/v1/accidents?hazard={_hazard}", $"/api/v1/reports?hazard={_hazard}&limit=1000", $"/api/v1/reports?status=submitted&limit=1000",
            $"/api/v1/finds?hazard={_hazard}", "/api/v1/checks?minSeverity=info"]);

        paths.AddRange(["/ogc", "/ogc/conformance", "/ogc/api", "/ogc/collections"]);
        using (var collections = JsonDocument.Parse((await Get(admin, "/ogc/collections")).Text))
        {
            foreach (var c in collections.RootElement.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()))
                paths.AddRange([$"/ogc/collections/{c}", $"/ogc/collections/{c}/items?limit=10000"]);
        }
        paths.Add($"/ogc/collections/accidents/items/{Approved}");

        paths.Add("/tiles/tiles.json");
        var layers = new List<string>();
        using (var tileJson = JsonDocument.Parse((await Get(admin, "/tiles/tiles.json")).Text))
            layers.AddRange(tileJson.RootElement.GetProperty("vector_layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()!));
        Assert.Contains("accidents", layers);
        foreach (var z in new[] { 8, 14 })
        {
            int n = 1 << z;
            int x = (int)Math.Floor((_at.Lon + 180) / 360 * n);
            double lat = _at.Lat * Math.PI / 180;
            int y = (int)Math.Floor((1 - Math.Log(Math.Tan(lat) + 1 / Math.Cos(lat)) / Math.PI) / 2 * n);
            paths.Add($"/tiles/{z}/{x}/{y}.mvt");
            foreach (var layer in layers) paths.AddRange([$"/tiles/{layer}.json", $"/tiles/{layer}/{z}/{x}/{y}.mvt"]);
        }
        return paths;
    }

    [Fact]
    public async Task The_victim_appears_only_in_the_report_and_only_to_whom_the_access_policy_allows()
    {
        var admin = _server.ClientFor("admin");
        var paths = await Paths(admin);
        var callers = DemoServer.Users.Concat(Extra).Select(u => (u.Name, Client: _server.ClientFor(u.Name), User: (User?)new User(u.Name, u.Name, u.Role, u.Org, false, DateTimeOffset.UtcNow)))
            .Append(("anonymous", _server.Anonymous, null)).ToList();

        // The report endpoints do show the victim to the callers the policy allows: this test can see a leak.
        var (status, shown) = await Get(admin, $"/api/v1/reports/{Approved}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Quorrbeck", shown, StringComparison.Ordinal);

        var leaks = new List<string>();
        int answered = 0;
        foreach (var (name, client, user) in callers)
        {
            foreach (var path in paths)
            {
                var (code, text) = await Get(client, path);
                if (code == HttpStatusCode.OK) answered++;
                bool allowed = user is not null && (path == $"/api/v1/reports/{Approved}" || path == $"/api/v1/reports/{Pending}")
                    && AccessPolicy.CanSeePersonalData(user, DemoServer.OrgA);
                var found = Planted.Where(p => text.Contains(p, StringComparison.Ordinal) || text.Contains(p.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal)).ToList();
                // The accident report (a PDF) names the victim to the same callers as the report itself.
                bool product = path.StartsWith("/api/v1/products/accident.pdf", StringComparison.Ordinal);
                allowed |= user is not null && product && AccessPolicy.CanSeePersonalData(user, DemoServer.OrgA);
                if (!allowed && found.Count > 0) leaks.Add($"{name} GET {path} ({code}): {string.Join(", ", found)}");
                if (allowed && product && code == HttpStatusCode.OK && !found.Contains("Quorrbeck")) leaks.Add($"{name} GET {path}: the allowed caller misses the victim's name");
                if (product) continue;
                if (allowed && code == HttpStatusCode.OK && found.Count != Planted.Length) leaks.Add($"{name} GET {path}: the allowed caller misses {string.Join(", ", Planted.Except(found))}");
            }

            // Sync never carries it, whoever fetches.
            var (fetchCode, fetched) = await Api.Post(client, "/api/v1/sync/fetch", $$"""{"ids":["{{Approved}}","{{Pending}}"]}""");
            var raw = fetched.ValueKind == JsonValueKind.Undefined ? "" : fetched.GetRawText();
            if (Planted.Any(p => raw.Contains(p, StringComparison.Ordinal))) leaks.Add($"{name} POST /api/v1/sync/fetch ({fetchCode})");
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(answered > paths.Count * 5, $"only {answered} answers of {paths.Count * callers.Count} were 200: the scan read too little");
    }
}
