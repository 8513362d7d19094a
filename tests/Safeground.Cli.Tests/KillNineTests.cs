using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary>
/// The kill -9 loop of issue 13: imports, approvals and backups killed at moments spread over their work. After every
/// kill the store passes SQLite's integrity check, opens read-only in GDAL (a killed load must not leave a hot journal
/// that only a writer could roll back), and is in exactly its state before or after the command, never between.
/// </summary>
[Collection(ReliabilitySuite.Name)]
public sealed class KillNineTests
{
    [Fact]
    public void Killed_imports_approvals_and_backups_leave_the_store_before_or_after_and_readable_by_gdal()
    {
        using var dir = new TempDir();
        var store = dir.File("s.gpkg");
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", store, "--no-status").ExitCode);
        ImportTests.WritePoints(dir.File("finds.geojson"), 400_000);
        var manager = CliRun.RunWithInput(dir.Path, "a long enough password 123\n", "user", "add", "manager", "--role", "data-manager", "--password-stdin", "--store", store);
        Assert.True(manager.ExitCode == 0, manager.ToString());
        var pending = Submit(store, 4);
        var outcomes = new List<string>();

        // Imports: killed from the first parsed features to the commit; the finds are all there or none.
        foreach (var ms in new[] { 1500, 3000, 4500, 6000, 9000 })
        {
            long before = Count(store, "finds");
            var (killed, _) = KillAfter(dir, ms, "import", "finds.geojson", "--store", store, "--as", "finds", "--default-category", "uxo");
            Readable(store);
            long after = Count(store, "finds");
            Assert.True(after == before || after == before + 400_000, $"import killed at {ms} ms left {after - before} of 400,000 finds");
            outcomes.Add($"import {ms} ms: {(killed ? "killed" : "finished")}, {(after == before ? "before" : "after")}");
        }

        // Approvals: the status and the hazard's projection change together or not at all.
        foreach (var (id, ms) in pending.Zip([300, 700, 1100, 1600]))
        {
            var (killed, _) = KillAfter(dir, ms, "report", "approve", id, "--by", "manager", "--store", store);
            Readable(store);
            using var s = GeoPackageStore.Open(store, create: false);
            var record = s.FindReport(id)!;
            bool replayed = s.FindHazard(record.Report.HazardId!)!.Releases.Any(r => r.ReportId == id);
            Assert.True(record.Status == ReportStatus.Approved == replayed, $"approval of {id} killed at {ms} ms: status {record.Status}, projection {(replayed ? "replayed" : "not replayed")}");
            outcomes.Add($"approve {ms} ms: {(killed ? "killed" : "finished")}, {(replayed ? "after" : "before")}");
        }

        // Backups: the store is only read; the target exists whole or not at all.
        foreach (var ms in new[] { 600, 1200, 2000 })
        {
            var target = dir.File($"b{ms}.gpkg");
            var (killed, _) = KillAfter(dir, ms, "backup", target, "--store", store);
            Readable(store);
            if (File.Exists(target)) Assert.Equal("ok", IntegrityCheck(target));
            outcomes.Add($"backup {ms} ms: {(killed ? "killed" : "finished")}, {(File.Exists(target) ? "after" : "before")}");
        }
        Assert.Contains(outcomes, o => o.Contains("killed", StringComparison.Ordinal));
    }

    // Runs the command and sends SIGKILL after ms milliseconds unless it finished first.
    private static (bool Killed, CliResult Result) KillAfter(TempDir dir, int ms, params string[] args)
    {
        using var p = Process.Start(CliRun.StartInfo(dir.Path, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        bool killed = !p.WaitForExit(ms);
        if (killed) p.Kill(entireProcessTree: true);
        p.WaitForExit();
        return (killed, new CliResult(p.ExitCode, stdout.Result, stderr.Result));
    }

    // GDAL first, read-only, as a user would open the store after the crash: anything that writes (SQLite's own recovery
    // by a read-write connection) would hide what it finds.
    private static void Readable(string store)
    {
        if (Tools.Available("/usr/bin/ogrinfo"))
        {
            var (exit, output) = Tools.Run("/usr/bin/ogrinfo", "-ro", "-so", store, "finds");
            Assert.True(exit == 0 && !output.Contains("ERROR", StringComparison.Ordinal), "GDAL cannot open the store read-only: " + output);
        }
        Assert.Equal("ok", IntegrityCheck(store));
    }

    private static string? IntegrityCheck(string path)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        c.Open();
        using var check = new SqliteCommand("PRAGMA integrity_check", c);
        return check.ExecuteScalar() as string;
    }

    private static long Count(string store, string table)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        c.Open();
        using var count = new SqliteCommand($"SELECT count(*) FROM {table}", c);
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Clearance progress on open hazards, submitted by a field reporter, for the data manager to approve.
    private static List<string> Submit(string store, int n)
    {
        using var s = GeoPackageStore.Open(store, create: false);
        var hazards = s.Hazards().Where(h => h.Status == HazardStatus.Open && h.RemainingM2 > 10_000 && h.Defined is null).Take(n).ToList();
        var ids = new List<string>();
        var lifecycle = new ReportLifecycle(s, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(s));
        foreach (var h in hazards)
        {
            var id = $"KILL-{ids.Count}";
            lifecycle.Submit(new Report(id, h.HazardId, h.OrganisationId, null, null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
                DateTimeOffset.UtcNow.AddHours(-1), "team.lead", new ClearanceProgress(h.Remaining, 3, null, [])));
            ids.Add(id);
        }
        return ids;
    }
}
