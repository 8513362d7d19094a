using System.Globalization;
using Safeground.Core;
using Safeground.Demo;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// Backup and restore of a real demo store: backups taken while another connection approves reports are each one
/// consistent moment (every hazard equals the replay of the approved reports the backup holds), and a restore
/// gives back every report and projection exactly.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly string _store;

    public BackupTests()
    {
        _store = _files.Path("demo.gpkg");
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        using var store = GeoPackageStore.Open(_store);
        new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Backups_taken_while_reports_are_approved_are_consistent_and_restore_exactly()
    {
        using var cancel = new CancellationTokenSource();
        int approved = 0;
        var writer = Task.Run(() =>
        {
            using var store = GeoPackageStore.Open(_store, create: false);
            var lifecycle = new ReportLifecycle(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store));
            foreach (var h in store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0).Take(40).ToList())
            {
                if (cancel.IsCancellationRequested) break;
                var id = $"R-BACKUP-{approved}";
                lifecycle.Submit(Progress(id, h));
                lifecycle.Approve(id, TestDeciders.DataManager);
                approved++;
            }
        });
        var backups = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            var path = _files.Path($"backup-{i}.gpkg");
            var done = GeoPackageBackup.Backup(_store, path);
            Assert.Equal(GeoPackageStore.SchemaVersion, done.SchemaVersion);
            Assert.False(File.Exists(path + ".partial"));
            Assert.False(File.Exists(path + "-wal"), "a backup is one self-contained file");
            backups.Add(path);
            await Task.Delay(150);
        }
        await cancel.CancelAsync();
        await writer;
        Assert.True(approved > 0, "the writer approved reports during the backups");

        using var source = GeoPackageStore.Open(_store, create: false);
        var sourceReports = source.Reports().ToDictionary(r => r.Report.Id, Text);
        foreach (var path in backups)
        {
            using var backup = GeoPackageStore.Open(path, create: false);
            // Every report in the backup is the source's, unchanged (its status may since have moved on)...
            foreach (var r in backup.Reports()) Assert.Equal(Payload(sourceReports[r.Report.Id]), Payload(Text(r)));
            // ...and every hazard is the replay of the approved reports the backup holds: no torn write.
            foreach (var h in backup.Hazards().Where(h => h.HazardId.StartsWith("HA-KH-00", StringComparison.Ordinal)))
            {
                var replayed = HazardProjector.Replay(h.HazardId, backup.ReportsOfHazard(h.HazardId).Where(r => r.Status == ReportStatus.Approved).Select(r => r.Report), Safeground.Core.Rules.ProgrammeRules.Default);
                Assert.NotNull(replayed);
                Assert.Equal(replayed.RemainingM2, h.RemainingM2, 3);
                Assert.Equal(replayed.ClearedM2, h.ClearedM2, 3);
                Assert.Equal(replayed.Status, h.Status);
            }
        }

        // Restore the last backup as a new store: every report and projection comes back exactly.
        var restored = _files.Path("restored.gpkg");
        GeoPackageBackup.Restore(backups[^1], restored);
        using var b = GeoPackageStore.Open(backups[^1], create: false);
        using var r2 = GeoPackageStore.Open(restored, create: false);
        Assert.Equal(b.Reports().Select(Text), r2.Reports().Select(Text));
        Assert.Equal(b.Hazards().Select(Text), r2.Hazards().Select(Text));
        Assert.Equal(b.Finds().Count(), r2.Finds().Count());
        Assert.Equal(b.Revision(), r2.Revision());
    }

    [Fact]
    public void A_backup_never_overwrites_and_a_restore_waits_until_the_store_is_free_and_refuses_a_damaged_backup()
    {
        var backup = _files.Path("backup.gpkg");
        GeoPackageBackup.Backup(_store, backup);
        var again = Assert.Throws<SafegroundException>(() => GeoPackageBackup.Backup(_store, backup));
        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);

        string before;
        using (var open = GeoPackageStore.Open(_store, create: false))
        {
            before = open.Revision();
            var busy = Assert.Throws<SafegroundException>(() => GeoPackageBackup.Restore(backup, _store));
            Assert.Contains("is in use", busy.Message, StringComparison.Ordinal);
        }

        // A backup cut short (a full USB stick): refused with SQLite's reason, the store untouched.
        var damaged = _files.Path("damaged.gpkg");
        var bytes = File.ReadAllBytes(backup);
        File.WriteAllBytes(damaged, bytes[..(bytes.Length / 2)]);
        var refused = Assert.Throws<SafegroundException>(() => GeoPackageBackup.Restore(damaged, _store));
        Assert.Contains("damaged.gpkg: the backup cannot be read as a GeoPackage", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_store + ".restoring"));
        using (var open = GeoPackageStore.Open(_store, create: false)) Assert.Equal(before, open.Revision());

        // Free now: the restore goes ahead.
        GeoPackageBackup.Restore(backup, _store);
        using var restored = GeoPackageStore.Open(_store, create: false);
        Assert.Equal(before, restored.Revision());
    }

    private static Report Progress(string id, HazardState h)
    {
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
        return ReportJson.Deserialize($$"""
            { "id": "{{id}}", "hazardId": "{{h.HazardId}}", "organisationId": "{{h.OrganisationId}}", "dateOfInformation": "2026-11-20",
              "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "team.lead",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] } }
            """);
    }

    private static string Payload(string text) => text[text.IndexOf('{', StringComparison.Ordinal)..];

    private static string Text(ReportRecord r) => $"{r.Status} {r.StatusReason} {System.Text.Json.JsonSerializer.Serialize(r.Report, ReportJson.Options)}";

    private static string Text(HazardState h) => string.Create(CultureInfo.InvariantCulture,
        $"{h.HazardId} {h.Status} {h.Class} {h.OriginalM2} {h.CancelledM2} {h.ReducedM2} {h.ClearedM2} {h.RemainingM2} {h.Remaining.AsText()} {h.ReportCount}");
}
