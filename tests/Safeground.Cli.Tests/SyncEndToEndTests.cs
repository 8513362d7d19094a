using System.Net.Http.Headers;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>safeground sync</c> between a field kit and a national server running <c>safeground serve</c> in another process,
/// over HTTP with real API tokens: a viewer's token cannot push, a field reporter's pushes the kit's completion, a data
/// manager approves it on the server, and the next sync closes the kit's hazard as the server's is. Ctrl-C stops cleanly.
/// </summary>
public sealed class SyncEndToEndTests
{
    // The reports a kit of the demo operation's region pulls at its first sync (the demo is seeded: it changes only when the generator does).
    private const int KitReports = 1042;

    // As the CLI writes a count in English: 1,042.
    private static string Pulled(int n) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pulled: {n:#,0} new reports");

    [Fact]
    public async Task A_kit_syncs_with_a_served_store_over_http_with_api_tokens()
    {
        using var dir = new TempDir();
        var (hazard, tokens) = National(dir);
        CreateKit(dir.File("kit.gpkg"));
        await using var server = await ServedStore.Start(dir.Path, "national.gpkg");

        var first = Sync(dir, tokens["reporter"], server.Address);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(Pulled(KitReports), first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens["reporter"], first.Stdout + first.Stderr, StringComparison.Ordinal);

        // Offline, the team completes the hazard.
        using (var kit = GeoPackageStore.Open(dir.File("kit.gpkg"), create: false))
        {
            var state = kit.FindHazard(hazard.HazardId)!;
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            var done = new Report("KIT-DONE-1", hazard.HazardId, hazard.OrganisationId, null, null, yesterday, DateTimeOffset.UtcNow.AddDays(-1), "reporter",
                new Completion(state.Remaining, 20, []));
            new ReportLifecycle(kit, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(kit)).Submit(done);
        }

        var viewer = Sync(dir, tokens["viewer"], server.Address);
        Assert.Equal(1, viewer.ExitCode);
        Assert.Contains("403", viewer.Stderr, StringComparison.Ordinal);
        Assert.Contains("viewer (viewer) cannot push reports", viewer.Stderr, StringComparison.Ordinal);

        var push = Sync(dir, tokens["reporter"], server.Address);
        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.Contains("pushed: 1 reports submitted", push.Stdout, StringComparison.Ordinal);

        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["manager"]);
            using var approve = await http.PostAsync(new Uri(server.Address + "/api/v1/reports/KIT-DONE-1/approve"),
                new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        }

        var pull = Sync(dir, tokens["reporter"], server.Address);
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("0 new reports, 1 with new decisions", pull.Stdout, StringComparison.Ordinal);
        var again = Sync(dir, tokens["reporter"], server.Address);
        Assert.Contains("nothing to do", again.Stdout, StringComparison.Ordinal);

        using var national = GeoPackageStore.Open(dir.File("national.gpkg"), create: false);
        using var kitStore = GeoPackageStore.Open(dir.File("kit.gpkg"), create: false);
        var closed = kitStore.FindHazard(hazard.HazardId)!;
        Assert.Equal(HazardStatus.Closed, closed.Status);
        Assert.Equal(0, closed.RemainingM2);
        var served = national.FindHazard(hazard.HazardId)!;
        Assert.Equal(served.Status, closed.Status);
        Assert.Equal(served.ClearedM2, closed.ClearedM2);
        Assert.Equal(served.Remaining.AsBinary(), closed.Remaining.AsBinary());
        Assert.Equal(ProjectionRebuild.Hazards(kitStore, Safeground.Core.Rules.StoredProgramme.Of(kitStore)).Select(h => (h.HazardId, h.Status, h.RemainingM2)), kitStore.Hazards().Select(h => (h.HazardId, h.Status, h.RemainingM2)));
    }

    [Fact]
    public async Task Ctrl_c_stops_a_sync_cleanly_and_the_next_run_finishes_it()
    {
        using var dir = new TempDir();
        var (_, tokens) = National(dir);
        CreateKit(dir.File("kit.gpkg"));
        await using var server = await ServedStore.Start(dir.Path, "national.gpkg");

        // One report per batch, and Ctrl-C once the first batches are in (the progress line says so): interrupted mid-way.
        var psi = CliRun.StartInfo(dir.Path, "sync", "--store", "kit.gpkg", "--server", server.Address, "--token", tokens["reporter"], "--batch", "1");
        using var sync = System.Diagnostics.Process.Start(psi)!;
        var stdout = sync.StandardOutput.ReadToEndAsync();
        var stderr = new System.Text.StringBuilder();
        while (await sync.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line)
        {
            stderr.AppendLine(line);
            if (!line.StartsWith("sync: pulled", StringComparison.Ordinal)) continue;
            using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", sync.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            stderr.Append(await sync.StandardError.ReadToEndAsync());
            break;
        }
        await sync.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var stopped = new CliResult(sync.ExitCode, await stdout, stderr.ToString());
        Assert.True(stopped.ExitCode == 130, stopped.ToString());
        Assert.Contains("sync interrupted", stopped.Stderr, StringComparison.Ordinal);
        int partial;
        using (var kit = GeoPackageStore.Open(dir.File("kit.gpkg"), create: false)) partial = kit.Reports().Count();
        Assert.InRange(partial, 1, KitReports - 1);

        var finish = Sync(dir, tokens["reporter"], server.Address);
        Assert.True(finish.ExitCode == 0, finish.ToString());
        Assert.Contains(Pulled(KitReports - partial), finish.Stdout, StringComparison.Ordinal);
        using var done = GeoPackageStore.Open(dir.File("kit.gpkg"), create: false);
        Assert.Equal(KitReports, done.Reports().Select(r => r.Report.Id).Distinct().Count());
    }

    [Fact]
    public void Sync_with_a_store_directly_and_usage_errors()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "national.gpkg", "--no-status").ExitCode);
        CreateKit(dir.File("kit.gpkg"));
        var direct = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", "national.gpkg", "--json");
        Assert.True(direct.ExitCode == 0, direct.ToString());
        using (var result = System.Text.Json.JsonDocument.Parse(direct.Stdout))
            Assert.Equal(KitReports, result.RootElement.GetProperty("pulled").GetInt32());

        var neither = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg");
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("give either --server URL", neither.Stderr, StringComparison.Ordinal);
        var itself = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", "kit.gpkg");
        Assert.Equal(2, itself.ExitCode);
        var noToken = CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["SAFEGROUND_TOKEN"] = " " }, "sync", "--store", "kit.gpkg", "--server", "http://127.0.0.1:9");
        Assert.Equal(2, noToken.ExitCode);
        Assert.Contains("needs an API token", noToken.Stderr, StringComparison.Ordinal);
        var unreachable = CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["SAFEGROUND_TOKEN"] = "sg_whatever" }, "sync", "--store", "kit.gpkg", "--server", "http://127.0.0.1:9");
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("cannot reach the server", unreachable.Stderr, StringComparison.Ordinal);
    }

    private static CliResult Sync(TempDir dir, string token, string address) =>
        CliRun.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["SAFEGROUND_TOKEN"] = token }, "sync", "--store", "kit.gpkg", "--server", address);

    // The demo as the national store, with a field reporter of the organisation of an open hazard, a viewer and a data manager, each with an API token.
    private static (HazardState Hazard, Dictionary<string, string> Tokens) National(TempDir dir)
    {
        var demo = CliRun.Run(dir.Path, "demo", "--store", "national.gpkg", "--no-status");
        Assert.True(demo.ExitCode == 0, demo.ToString());
        HazardState hazard;
        using (var store = GeoPackageStore.Open(dir.File("national.gpkg"), create: false))
            hazard = store.Hazards().First(h => h.Status == HazardStatus.Open && h.RemainingM2 > 1000 && h.Defined is null);
        var tokens = new Dictionary<string, string>();
        foreach (var (user, role, org) in new[] { ("reporter", "field-reporter", hazard.OrganisationId), ("viewer", "viewer", null), ("manager", "data-manager", null) })
        {
            var args = new List<string> { "user", "add", user, "--role", role, "--password-stdin", "--store", "national.gpkg" };
            if (org is not null) args.AddRange(["--organisation", org]);
            var add = CliRun.RunWithInput(dir.Path, "a long enough password 123\n", [.. args]);
            Assert.True(add.ExitCode == 0, add.ToString());
            var token = CliRun.Run(dir.Path, "user", "token", user, "--name", "sync test", "--store", "national.gpkg");
            Assert.True(token.ExitCode == 0, token.ToString());
            tokens[user] = token.Stdout.Trim();
        }
        return (hazard, tokens);
    }

    private static void CreateKit(string path)
    {
        using var kit = GeoPackageStore.Open(path, create: true);
    }
}
