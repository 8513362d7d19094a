using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeground.Cli.Tests;

/// <summary>
/// Every command on a PostgreSQL + PostGIS store (--store postgres://…) gives the answers it gives on a GeoPackage:
/// the same demo, the same reports submitted and approved, the same status, report history and exports; and
/// <c>safeground serve</c> serves a PostGIS store over HTTP with the same API answers.
/// </summary>
public partial class PostGisCliTests
{
    [SkippableFact]
    public void The_same_commands_give_the_same_answers_on_PostGIS_and_on_a_GeoPackage()
    {
        using var pg = new PostgresForTests();
        using var dir = new TempDir();
        string[] stores = ["s.gpkg", pg.Url];
        foreach (var s in stores)
        {
            var demo = CliRun.Run(dir.Path, "demo", "--store", s, "--no-status");
            Assert.True(demo.ExitCode == 0, demo.ToString());
        }
        var hazard = ReportCommandTests.Untouched(dir.File("s.gpkg"), 0);
        var (org, half) = ReportCommandTests.HalfOf(dir.File("s.gpkg"), hazard);
        File.WriteAllText(dir.File("work.json"), ReportCommandTests.ReportJson("R-PG-1", hazard, org,
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] }"""));
        File.WriteAllText(dir.File("done.json"), ReportCommandTests.ReportJson("R-PG-2", hazard, org,
            $$"""{ "kind": "completion", "cleared": "{{half}}", "clearanceDepthCm": 20, "finds": [] }"""));
        foreach (var s in stores)
        {
            Assert.Equal(0, CliRun.Run(dir.Path, "report", "submit", "work.json", "--store", s).ExitCode);
            var refused = CliRun.Run(dir.Path, "report", "submit", "done.json", "--store", s);
            Assert.True(refused.ExitCode == 1, refused.ToString());
            Assert.Contains("cannot be accepted", refused.Stderr, StringComparison.Ordinal);
            ReportCommandTests.AddDataManager(dir.Path, s);
            var approved = CliRun.Run(dir.Path, "report", "approve", "R-PG-1", "--by", "data.manager", "--store", s);
            Assert.True(approved.ExitCode == 0, approved.ToString());
            var user = CliRun.RunWithInput(dir.Path, "a-long-password-1\n", "user", "add", "dm", "--role", "data-manager", "--password-stdin", "--store", s);
            Assert.True(user.ExitCode == 0, user.ToString());
        }

        string Same(params string[] args)
        {
            var answers = stores.Select(s => CliRun.Run(dir.Path, [.. args, "--store", s])).ToList();
            foreach (var a in answers) Assert.True(a.ExitCode == 0, a.ToString());
            // The store's own name differs, and the instants of decisions (each store's approval was made at its own moment).
            var texts = answers.Select((a, i) => Instant().Replace(a.Stdout.Replace(stores[i], "STORE", StringComparison.Ordinal), "T")).ToList();
            Assert.Equal(texts[0], texts[1]);
            return texts[0];
        }
        foreach (var by in new[] { "region", "organisation", "team", "deployment", "month" }) Same("status", "--json", "--by", by);

        // A second demo into the same database is refused up front, and nothing of it is written.
        var before = CliRun.Run(dir.Path, "status", "--json", "--store", pg.Url).Stdout;
        var again = CliRun.Run(dir.Path, "demo", "--store", pg.Url, "--no-status");
        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Contains("already holds reports", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, CliRun.Run(dir.Path, "status", "--json", "--store", pg.Url).Stdout);
        var total = JsonDocument.Parse(Same("status", "--json")).RootElement.GetProperty("total");
        Assert.True(total.GetProperty("hazards").GetInt32() > 0);
        var shown = JsonDocument.Parse(Same("report", "show", "R-PG-1", "--json")).RootElement;
        Assert.Equal("approved", shown.GetProperty("status").GetString());
        Same("report", "list", "--status", "submitted", "--json");
        Same("timeline", hazard);
        Same("user", "list", "--json");

        // A field kit made from either store holds the same region (kits are GeoPackages; their status is compared).
        var region = JsonDocument.Parse(Same("status", "--json", "--by", "region")).RootElement.GetProperty("groups").EnumerateArray()
            .First(g => g.GetProperty("hazards").GetInt32() > 0).GetProperty("key").GetString()!;
        var kits = stores.Select((s, i) =>
        {
            var made = CliRun.Run(dir.Path, "kit", "create", "--store", s, "--region", region, "--out", $"kit{i}.gpkg");
            Assert.True(made.ExitCode == 0, made.ToString());
            return CliRun.Run(dir.Path, "status", "--json", "--store", $"kit{i}.gpkg").Stdout.Replace($"kit{i}.gpkg", "KIT", StringComparison.Ordinal);
        }).ToList();
        Assert.Equal(kits[0], kits[1]);

        foreach (var layer in new[] { "hazards", "released", "finds", "accidents" })
        {
            var texts = stores.Select((s, i) =>
            {
                var file = $"{layer}-{i}.geojson";
                var export = CliRun.Run(dir.Path, "export", file, "--layer", layer, "--store", s);
                Assert.True(export.ExitCode == 0, export.ToString());
                return File.ReadAllText(dir.File(file));
            }).ToList();
            Assert.True(texts[0] == texts[1], $"the {layer} export differs between the stores");
        }
    }

    [SkippableFact]
    public void A_field_kit_made_from_PostGIS_syncs_with_it_both_ways()
    {
        using var pg = new PostgresForTests();
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", pg.Url, "--no-status").ExitCode);
        var region = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--json", "--by", "region", "--store", pg.Url).Stdout).RootElement
            .GetProperty("groups").EnumerateArray().First(g => g.GetProperty("hazards").GetInt32() > 0).GetProperty("key").GetString()!;
        var kit = CliRun.Run(dir.Path, "kit", "create", "--store", pg.Url, "--region", region, "--out", "kit.gpkg");
        Assert.True(kit.ExitCode == 0, kit.ToString());
        Assert.Equal(0, CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", pg.Url).ExitCode); // nothing to do yet

        // Offline, the team files a clearance report on one of the kit's hazards.
        var hazard = ReportCommandTests.Untouched(dir.File("kit.gpkg"), 0);
        var (org, half) = ReportCommandTests.HalfOf(dir.File("kit.gpkg"), hazard);
        File.WriteAllText(dir.File("work.json"), ReportCommandTests.ReportJson("R-KIT-1", hazard, org,
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 12, "finds": [] }"""));
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "submit", "work.json", "--store", "kit.gpkg").ExitCode);
        var push = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", pg.Url, "--json");
        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.Equal(1, JsonDocument.Parse(push.Stdout).RootElement.GetProperty("pushed").GetInt32());
        ReportCommandTests.AddDataManager(dir.Path, pg.Url);
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "approve", "R-KIT-1", "--by", "data.manager", "--store", pg.Url).ExitCode);
        var pull = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", pg.Url, "--json");
        Assert.True(pull.ExitCode == 0, pull.ToString());
        var again = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", pg.Url, "--json");
        Assert.Equal((0, 0), (JsonDocument.Parse(again.Stdout).RootElement.GetProperty("pushed").GetInt32(), JsonDocument.Parse(again.Stdout).RootElement.GetProperty("pulled").GetInt32()));

        // The kit's hazard followed the national decision: its status equals the national store's for the region.
        var kitStatus = CliRun.Run(dir.Path, "status", "--json", "--store", "kit.gpkg").Stdout;
        var nationalStatus = CliRun.Run(dir.Path, "status", "--json", "--region", region, "--store", pg.Url).Stdout;
        Assert.Equal(JsonDocument.Parse(nationalStatus).RootElement.GetProperty("total").ToString(), JsonDocument.Parse(kitStatus).RootElement.GetProperty("total").ToString());
        var shown = JsonDocument.Parse(CliRun.Run(dir.Path, "report", "show", "R-KIT-1", "--json", "--store", "kit.gpkg").Stdout).RootElement;
        Assert.Equal("approved", shown.GetProperty("status").GetString());
    }

    [SkippableFact]
    public void Importing_real_field_data_into_PostGIS_gives_what_the_GeoPackage_gets()
    {
        using var pg = new PostgresForTests();
        using var dir = new TempDir();
        var file = SharedData.File("bih", "suspect_areas.geojson");
        var outputs = new[] { "s.gpkg", pg.Url }.Select(s =>
        {
            var import = CliRun.Run(dir.Path, "import", file, "--store", s, "--show", "0");
            Assert.True(import.ExitCode == 0, import.ToString());
            var status = CliRun.Run(dir.Path, "status", "--json", "--by", "region", "--store", s);
            Assert.True(status.ExitCode == 0, status.ToString());
            return (Import: Regex.Replace(import.Stdout, @"\d+(\.\d+)? ?s\b", "T"), Status: status.Stdout.Replace(s, "STORE", StringComparison.Ordinal));
        }).ToList();
        Assert.Equal(outputs[0].Status, outputs[1].Status);
        Assert.Contains("\"hazards\": ", outputs[0].Status, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Instant();

    [GeneratedRegex("\"bbox\":\\[\\[[^\\]]*\\]\\]")]
    private static partial Regex SpatialExtent();

    [GeneratedRegex("\"timeStamp\":\"[^\"]*\"")]
    private static partial Regex TimeStamp();

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+)/?")]
    private static partial Regex AddressLine();

    [SkippableFact]
    public async Task Serve_answers_from_a_PostGIS_store_as_from_the_GeoPackage()
    {
        using var pg = new PostgresForTests();
        using var dir = new TempDir();
        var servers = new List<Process>();
        try
        {
            var answers = new List<List<string>>();
            foreach (var s in new[] { "s.gpkg", pg.Url })
            {
                Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", s, "--no-status").ExitCode);
                Assert.Equal(0, CliRun.RunWithInput(dir.Path, "a-long-password-1\n", "user", "add", "dm", "--role", "data-manager", "--password-stdin", "--store", s).ExitCode);
                var server = Process.Start(CliRun.StartInfo(dir.Path, "serve", "--store", s, "--port", "0"))!;
                servers.Add(server);
                string? address = null;
                while (address is null && await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line)
                    if (AddressLine().Match(line) is { Success: true } m) address = m.Groups[1].Value;
                Assert.True(address is not null, $"serve --store {s} printed no address");
                Assert.DoesNotContain("postgres://", address, StringComparison.Ordinal);

                using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromMinutes(1) };
                using (var login = await http.PostAsJsonAsync("api/v1/session", new { username = "dm", password = "a-long-password-1" }))
                    Assert.True(login.IsSuccessStatusCode, login.ToString());
                var bodies = new List<string>();
                foreach (var path in new[]
                         {
                             "api/v1/hazards?limit=20", "api/v1/hazards?status=in-progress&limit=5&offset=3", "api/v1/finds?limit=20",
                             "api/v1/reports?status=approved&limit=10", "api/v1/rollups?by=month,team,region",
                             "ogc/collections/hazards/items?limit=7&bbox=36,47,39,50", "ogc/collections/finds/items?limit=5", "ogc/collections/released",
                         })
                {
                    using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.IsSuccessStatusCode, $"{s} {path}: {response.StatusCode} {body}");
                    // A collection's extent may be looser than exact: the GeoPackage reads it from its R-tree's root (float32
                    // boxes rounded outwards), PostGIS computes it exactly. Both contain every feature.
                    var text = TimeStamp().Replace(body.Replace(address, "BASE", StringComparison.Ordinal), "\"timeStamp\":\"T\"");
                    bodies.Add(SpatialExtent().Replace(text, "\"bbox\":[[BBOX]]"));
                }
                using (var tile = await http.GetAsync(new Uri("tiles/hazards/8/155/88.mvt", UriKind.Relative)))
                    Assert.True(tile.IsSuccessStatusCode || tile.StatusCode == System.Net.HttpStatusCode.NoContent, tile.ToString());
                answers.Add(bodies);
            }
            for (int i = 0; i < answers[0].Count; i++) Assert.Equal(answers[0][i], answers[1][i]);
        }
        finally
        {
            foreach (var p in servers)
            {
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                p.Dispose();
            }
        }
    }
}
