using System.Globalization;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Demo;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Storage.Contract;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>
/// Backup and restore of a real demo store on PostgreSQL: backups taken while another connection approves reports
/// are each one consistent moment, a restore gives back everything exactly, a failed restore changes nothing, and a
/// backup never overwrites.
/// </summary>
public sealed class PostGisBackupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sg-pgbackup-").FullName;
    private readonly List<string> _schemas = [];

    public void Dispose()
    {
        foreach (var url in _schemas) TestServer.Drop(url);
        Directory.Delete(_dir, recursive: true);
    }

    private string File(string name) => Path.Combine(_dir, name);

    private string DemoStore()
    {
        var url = TestServer.NewSchemaUrl("bk");
        _schemas.Add(url);
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        using var store = PostGisStore.Open(url);
        new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
        using var tx = store.BeginWrite();
        tx.ReplaceRegions(data.Regions);
        tx.AddUser(new User("admin", "Admin", Role.Admin, null, false, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), "hash");
        tx.AppendAudit(new AuditEntry(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "admin", "127.0.0.1", "POST", "/api/users", "user.add", "admin", 201));
        tx.Commit();
        return url;
    }

    [SkippableFact]
    public async Task Backups_taken_while_reports_are_approved_are_consistent_and_restore_exactly()
    {
        var url = DemoStore();
        using var cancel = new CancellationTokenSource();
        int approved = 0;
        var writer = Task.Run(() =>
        {
            using var store = PostGisStore.Open(url, create: false);
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
            var path = File($"backup-{i}.backup");
            var done = PostGisBackup.Backup(url, path);
            Assert.Equal((PostGisStore.SchemaVersion, PostGisLocation.Parse(url).Schema), (done.SchemaVersion, done.Schema));
            Assert.False(System.IO.File.Exists(path + ".partial"));
            backups.Add(path);
            await Task.Delay(150);
        }
        await cancel.CancelAsync();
        await writer;
        Assert.True(approved > 0, "the writer approved reports during the backups");

        using var scratch = new ScratchDatabase();
        var copy = scratch.UrlOf(PostGisLocation.Parse(url).Schema);
        using (var source = PostGisStore.Open(url, create: false))
        {
            var sourceReports = source.Reports().ToDictionary(r => r.Report.Id, r => ReportJson.Serialize(r.Report));
            foreach (var path in backups)
            {
                PostGisBackup.Restore(path, copy);
                using var backup = PostGisStore.Open(copy, create: false);
                // Every report in the backup is the source's, unchanged (its status may since have moved on)...
                foreach (var r in backup.Reports()) Assert.Equal(sourceReports[r.Report.Id], ReportJson.Serialize(r.Report));
                // ...and every hazard is the replay of the approved reports the backup holds: no torn write.
                StoreComparison.AssertSameHazards(ProjectionRebuild.Hazards(backup, Safeground.Core.Rules.StoredProgramme.Of(backup)), backup.Hazards());
            }
        }

        // Quiet now: a last backup restored elsewhere is the source, every report, event, hazard, find and user.
        var last = File("last.backup");
        PostGisBackup.Backup(url, last);
        PostGisBackup.Restore(last, copy);
        using (var source = PostGisStore.Open(url, create: false))
        using (var restored = PostGisStore.Open(copy, create: false))
        {
            StoreComparison.AssertSameStore(source, restored);
            Assert.True(source.Reports().Count() > 900);
        }
        Assert.Equal(1L, TestServer.Scalar(copy, "SELECT count(*) FROM audit_log"));
        // The schema's rules came back with it: reports still cannot be deleted, and the view is there.
        var refused = Assert.ThrowsAny<Npgsql.PostgresException>(() => TestServer.Scalar(copy, "DELETE FROM reports"));
        Assert.Contains("never deleted", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(TestServer.Scalar(url, "SELECT count(*) FROM hazard_perimeters"), TestServer.Scalar(copy, "SELECT count(*) FROM hazard_perimeters"));
        // Identity columns continue after the restored rows, not from 1 (a duplicate key would fail the insert).
        using (var restored = PostGisStore.Open(copy, create: false))
        {
            var lastEvent = (long)TestServer.Scalar(copy, "SELECT max(seq) FROM report_events")!;
            using var tx = restored.BeginWrite();
            var acc = ContractData.Accident("R-AFTER-RESTORE");
            tx.AddReport(acc, ContractData.Submitted(acc));
            tx.AppendAudit(new AuditEntry(DateTimeOffset.UnixEpoch, "admin", "127.0.0.1", "POST", "/api/reports", "report.submit", acc.Id, 201));
            tx.Commit();
            Assert.Equal(lastEvent + 1, (long)TestServer.Scalar(copy, "SELECT max(seq) FROM report_events")!);
            Assert.Equal(2L, TestServer.Scalar(copy, "SELECT max(seq) FROM audit_log"));
        }
    }

    [SkippableFact]
    public void A_failed_restore_leaves_the_store_as_it_was_and_a_backup_never_overwrites()
    {
        var url = TestServer.NewSchemaUrl("bk");
        _schemas.Add(url);
        using (var store = PostGisStore.Open(url))
        {
            using var tx = store.BeginWrite();
            foreach (var r in ContractData.HazardLife())
            {
                tx.AddReport(r, ContractData.Submitted(r));
                tx.Record(ContractData.Approved(r));
            }
            tx.Commit();
        }
        // Bulk (as another client would add it): the backup is then mostly the data of organisations, so damage in
        // its middle falls there, past the table of contents and away from sg_meta, written later.
        TestServer.Scalar(url, "INSERT INTO organisations SELECT 'ORG-' || g, md5(g::text), 'UA' FROM generate_series(1, 20000) g");
        var backup = File("store.backup");
        PostGisBackup.Backup(url, backup);
        var bytes = System.IO.File.ReadAllBytes(backup);
        var again = Assert.Throws<SafegroundException>(() => PostGisBackup.Backup(url, backup));
        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, System.IO.File.ReadAllBytes(backup));

        // The store moves on after the backup.
        using (var store = PostGisStore.Open(url, create: false))
        {
            using var tx = store.BeginWrite();
            var acc = ContractData.Accident();
            tx.AddReport(acc, ContractData.Submitted(acc));
            tx.Commit();
        }
        string before = Snapshot(url);

        // A backup cut short (a full USB stick): refused with pg_restore's reason before anything is touched.
        var cut = File("cut.backup");
        System.IO.File.WriteAllBytes(cut, bytes[..(bytes.Length * 3 / 4)]);
        var refused = Assert.Throws<SafegroundException>(() => PostGisBackup.Restore(cut, url));
        Assert.Contains("cut.backup: the backup cannot be read as a PostGIS backup: pg_restore failed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(url));

        // A backup damaged inside its data (its table of contents and sg_meta whole): the restore starts, drops the
        // schema, fails on the damaged block, and the one transaction it ran in leaves the store exactly as it was.
        var damaged = File("damaged.backup");
        var spoilt = (byte[])bytes.Clone();
        Array.Fill(spoilt, (byte)'x', bytes.Length * 4 / 10, bytes.Length / 5);
        System.IO.File.WriteAllBytes(damaged, spoilt);
        var failed = Assert.Throws<SafegroundException>(() => PostGisBackup.Restore(damaged, url));
        Assert.True(failed.Message.Contains("nothing was changed", StringComparison.Ordinal), failed.Message);
        Assert.Equal(before, Snapshot(url));

        // Not a PostGIS backup at all, or a GeoPackage one: refused before anything is touched.
        var gpkg = File("store.gpkg");
        System.IO.File.WriteAllBytes(gpkg, [.. "SQLite format 3\0"u8.ToArray(), .. new byte[200]]);
        Assert.Contains("GeoPackage (SQLite) backup", Assert.Throws<SafegroundException>(() => PostGisBackup.Restore(gpkg, url)).Message, StringComparison.Ordinal);
        var text = File("notes.txt");
        System.IO.File.WriteAllText(text, "not a backup");
        Assert.Contains("not a PostGIS backup", Assert.Throws<SafegroundException>(() => PostGisBackup.Restore(text, url)).Message, StringComparison.Ordinal);
        // A backup of another schema: refused, naming both.
        var other = TestServer.NewSchemaUrl("bk");
        _schemas.Add(other);
        var wrong = Assert.Throws<SafegroundException>(() => PostGisBackup.Restore(backup, other));
        Assert.Contains($"restore it to ?schema={PostGisLocation.Parse(url).Schema}", wrong.Message, StringComparison.Ordinal);
        Assert.Equal(0, PostGisMigration.VersionOf(other));
        Assert.Equal(before, Snapshot(url));

        // The whole backup: the store is the backup again, the accident submitted since is gone.
        var done = PostGisBackup.Restore(backup, url);
        Assert.Equal(PostGisStore.SchemaVersion, done.SchemaVersion);
        using var restored = PostGisStore.Open(url, create: false);
        Assert.Null(restored.FindReport(ContractData.Accident().Id));
        Assert.Equal(3, restored.Reports().Count());
    }

    [SkippableFact]
    public async Task Readers_during_a_restore_see_the_store_before_it_or_after_it()
    {
        var url = TestServer.NewSchemaUrl("bk");
        _schemas.Add(url);
        using (var store = PostGisStore.Open(url))
        {
            using var tx = store.BeginWrite();
            foreach (var r in ContractData.HazardLife()) tx.AddReport(r, ContractData.Submitted(r));
            tx.Commit();
        }
        var backup = File("readers.backup");
        PostGisBackup.Backup(url, backup);
        string restoredRevision;
        using (var store = PostGisStore.Open(url, create: false)) restoredRevision = store.Revision();
        using (var store = PostGisStore.Open(url, create: false))
        {
            using var tx = store.BeginWrite();
            var acc = ContractData.Accident();
            tx.AddReport(acc, ContractData.Submitted(acc));
            tx.Commit();
        }
        string currentRevision;
        using (var store = PostGisStore.Open(url, create: false)) currentRevision = store.Revision();

        // The reader is another connection pool, as a server's would be in its own process (a restore closes the
        // pool of its own URL in this process).
        var readerUrl = url + "&sslmode=disable";
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        // Several readers, as a busy server has: a restore that waits for locks while holding others deadlocks
        // with a reader that reads a table and then the sequences (the revision token); seen in CI with one.
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            using var store = PostGisStore.Open(readerUrl, create: false);
            while (!stop.IsCancellationRequested)
            {
                seen.Add(store.Revision());
                seen.Add("reports " + store.Reports().Count().ToString(CultureInfo.InvariantCulture));
            }
        })).ToArray();
        await Task.Delay(200);
        PostGisBackup.Restore(backup, url);
        await Task.Delay(200);
        await stop.CancelAsync();
        await Task.WhenAll(readers); // a reader that failed fails the test here
        Assert.Subset(new HashSet<string> { currentRevision, restoredRevision, "reports 3", "reports 4" }, seen.ToHashSet());
        Assert.Contains(restoredRevision, seen);
        Assert.Contains(currentRevision, seen);
        PostGisStore.ClosePool(readerUrl);
    }

    [SkippableFact]
    public void A_store_in_public_restores_without_touching_PostGIS_or_other_tables()
    {
        // public is the default schema and holds PostGIS: a restore there replaces Safeground's tables only.
        using var scratch = new ScratchDatabase();
        var url = scratch.UrlOf(null);
        using (var store = PostGisStore.Open(url))
        {
            using var tx = store.BeginWrite();
            foreach (var r in ContractData.HazardLife()) tx.AddReport(r, ContractData.Submitted(r));
            tx.Commit();
        }
        var backup = File("public.backup");
        Assert.Equal("public", PostGisBackup.Backup(url, backup).Schema);
        string before = Snapshot(url);
        ScratchDatabase.Exec(url, "CREATE TABLE public.notes (note text); INSERT INTO public.notes VALUES ('kept')");
        using (var store = PostGisStore.Open(url, create: false))
        {
            using var tx = store.BeginWrite();
            var acc = ContractData.Accident();
            tx.AddReport(acc, ContractData.Submitted(acc));
            tx.Commit();
        }
        long srids = (long)TestServer.Scalar(url, "SELECT count(*) FROM spatial_ref_sys")!;

        PostGisBackup.Restore(backup, url);
        Assert.Equal(before, Snapshot(url));
        Assert.Equal("kept", TestServer.Scalar(url, "SELECT note FROM public.notes"));
        Assert.Equal(srids, TestServer.Scalar(url, "SELECT count(*) FROM spatial_ref_sys"));
        Assert.Equal("POINT(1 2)", TestServer.Scalar(url, "SELECT ST_AsText(ST_MakePoint(1, 2))"));
    }

    [SkippableFact]
    public void Backup_of_a_schema_without_a_store_or_of_a_server_that_is_down_says_so_without_the_password()
    {
        var empty = TestServer.NewSchemaUrl("bk");
        var none = Assert.Throws<SafegroundException>(() => PostGisBackup.Backup(empty, File("none.backup")));
        Assert.Contains("no Safeground store", none.Message, StringComparison.Ordinal);

        var down = "postgres://postgres:s3cret-pw@127.0.0.1:1/postgres?schema=x";
        var e = Assert.Throws<SafegroundException>(() => PostGisBackup.Backup(down, File("down.backup")));
        Assert.Contains("***@127.0.0.1:1/postgres?schema=x", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", e.ToString(), StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(File("down.backup.partial")));
    }

    // Everything a restore could change, as one string: reports with status, events, hazards, and the revision.
    private static string Snapshot(string url)
    {
        using var store = PostGisStore.Open(url, create: false);
        var reports = store.Reports().Select(StoreComparison.Text);
        var events = store.Reports().SelectMany(r => store.History(r.Report.Id)).Select(e => e.ToString());
        var hazards = store.Hazards().Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.HazardId} {h.Status} {h.RemainingM2} {h.ReportCount}"));
        return string.Join("\n", reports.Concat(events).Concat(hazards).Append(store.Revision()));
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
}
