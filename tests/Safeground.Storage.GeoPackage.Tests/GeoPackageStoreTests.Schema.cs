using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Reports;
using Safeground.Storage.Contract;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage.Tests;

// The file itself: header, opening what is not ours, migrations, schema-enforced immutability.
public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public void A_new_store_is_a_GeoPackage_1_4_left_as_a_single_file()
    {
        var path = NewPath();
        GeoPackageStore.Create(path);
        Assert.Equal(1196444487L, Scalar(path, "PRAGMA application_id"));
        Assert.Equal(10400L, Scalar(path, "PRAGMA user_version"));
        Assert.Equal("delete", Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(GeoPackageStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Scalar(path, "SELECT value FROM sg_meta WHERE key = 'schema_version'"));
        Assert.Equal(3L, Scalar(path, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"));
        Assert.Equal(8L, Scalar(path, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"));  // hazards, perimeters, released, finds, accidents, regions, eore_sessions, incidents
        Assert.False(File.Exists(path + "-wal"));
        var again = Assert.Throws<SafegroundException>(() => GeoPackageStore.Create(path));
        Assert.Equal(ErrorKind.Conflict, again.Kind);
    }

    [Fact]
    public void The_store_runs_in_WAL_while_open()
    {
        var path = NewPath();
        using var store = GeoPackageStore.Open(path);
        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void A_file_that_is_not_a_Safeground_GeoPackage_is_refused_naming_it()
    {
        var text = NewPath();
        File.WriteAllText(text, "hello, not a database");
        AssertInvalid(() => GeoPackageStore.Open(text), text, "not an SQLite database");

        var sqlite = NewPath();
        using (var c = Raw(sqlite, SqliteOpenMode.ReadWriteCreate))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "CREATE TABLE t (x)";
            cmd.ExecuteNonQuery();
        }
        AssertInvalid(() => GeoPackageStore.Open(sqlite), sqlite, "not a GeoPackage");

        var plain = BareGeoPackage();
        AssertInvalid(() => GeoPackageStore.Open(plain, create: false), plain, "without Safeground's tables");

        var missing = NewPath();
        var e = Assert.Throws<SafegroundException>(() => GeoPackageStore.Open(missing, create: false));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_plain_GeoPackage_migrates_from_version_0_to_current_keeping_its_own_tables()
    {
        var path = BareGeoPackage();
        using (var c = Raw(path))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "CREATE TABLE notes (fid INTEGER PRIMARY KEY AUTOINCREMENT, note TEXT); INSERT INTO notes (note) VALUES ('keep me');" +
                              "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('notes', 'attributes', 'notes')";
            cmd.ExecuteNonQuery();
        }
        using (var store = GeoPackageStore.Open(path))
        {
            AddApproved(store, ContractData.NtsCreate());
        }
        Assert.Equal(GeoPackageStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Scalar(path, "SELECT value FROM sg_meta WHERE key = 'schema_version'"));
        Assert.Equal("keep me", Scalar(path, "SELECT note FROM notes"));
        using var reopened = GeoPackageStore.Open(path, create: false);
        Assert.NotNull(reopened.FindReport("R-NTS"));
    }

    public static TheoryData<int> EarlierVersions()
    {
        var data = new TheoryData<int>();
        for (int v = 1; v < GeoPackageStore.SchemaVersion; v++) data.Add(v);
        return data;
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void A_store_of_every_earlier_version_migrates_keeping_its_reports_and_projections(int version)
    {
        // A store as that version left it: its schema, an approved report and the hazard row it projected.
        var path = BareGeoPackage();
        var report = ContractData.NtsCreate();
        using (var c = Raw(path))
        {
            Encoding.SpatialFunctions.Register(c); // the R-tree triggers call ST_IsEmpty and friends
            Migrations.Run(c, path, version);
            using var cmd = c.CreateCommand();
            cmd.CommandText =
                "INSERT INTO reports (id, kind, hazard_id, organisation_id, date_of_information, submitted_at, submitted_by, status, payload) " +
                "VALUES ('R-NTS', 'non-technical-survey', 'HA-0001', 'ORG-1', '2024-03-01', '2024-03-01T06:30:00.0000000Z', 'surveyor', 'approved', $p);" +
                "INSERT INTO hazards (hazard_id, organisation_id, class, status, original_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_m2, " +
                "find_count, accident_count, created_on, last_report_on, last_report_id, report_count, evidence) " +
                "VALUES ('HA-0001', 'ORG-1', 'SHA', 'open', 800000, 0, 0, 0, 800000, 0, 0, '2024-03-01', '2024-03-01', 'R-NTS', 1, '[]')";
            cmd.Parameters.AddWithValue("$p", ReportJson.Serialize(report));
            cmd.ExecuteNonQuery();
        }
        using var store = GeoPackageStore.Open(path, create: false);
        Assert.Equal(GeoPackageStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Scalar(path, "SELECT value FROM sg_meta WHERE key = 'schema_version'"));
        AssertSameReport(report, store.FindReport("R-NTS")!.Report);
        var kept = store.FindHazard("HA-0001")!;
        Assert.Equal(800000, kept.OriginalM2);
        Assert.Empty(kept.RuleFlags);
        // And the reports still replay into the projections of the new version.
        Assert.Equal(1, Core.Projections.ProjectionRebuild.Rebuild(store, Safeground.Core.Rules.StoredProgramme.Of(store)));
        Assert.Equal(Core.Projections.HazardProjector.Replay("HA-0001", [report], Safeground.Core.Rules.ProgrammeRules.Default)!.RemainingM2, store.FindHazard("HA-0001")!.RemainingM2);
        // Version 3: the regions layer exists, empty, as a GeoPackage feature table with its R-tree.
        Assert.Empty(store.Regions());
        Assert.Equal("features", Scalar(path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'regions'"));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM rtree_regions_geom"));
        // Version 4: no users yet, and the audit log is append-only.
        Assert.Empty(store.Users());
        Assert.Equal(0, store.AuditLog(0, 10).Total);
        Assert.Equal(2L, Scalar(path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"));
    }

    [Fact]
    public void A_version_4_token_keeps_working_after_version_5_with_no_origin_or_last_use()
    {
        var path = BareGeoPackage();
        using (var c = Raw(path))
        {
            Encoding.SpatialFunctions.Register(c);
            Migrations.Run(c, path, 4);
            using var cmd = c.CreateCommand();
            cmd.CommandText =
                "INSERT INTO users (username, display_name, role, organisation_id, disabled, created_at, password_hash) VALUES ('u', 'U', 'viewer', NULL, 0, '2026-11-26T08:00:00.0000000Z', 'h');" +
                "INSERT INTO api_tokens (hash, kind, username, name, created_at, expires_at, revoked) VALUES " +
                "('" + new string('a', 64) + "', 'api', 'u', 'old script', '2026-11-26T08:00:00.0000000Z', '2027-11-26T08:00:00.0000000Z', 0)";
            cmd.ExecuteNonQuery();
        }
        using var store = GeoPackageStore.Open(path, create: false);
        var t0 = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        var expected = new Core.Access.AccessToken(new string('a', 64), Core.Access.TokenKind.Api, "u", "old script", t0, t0.AddYears(1), false);
        Assert.Equal([expected], store.Tokens("u"));
        Assert.Equal(expected, store.FindTokenById(new string('a', 16)));
    }

    [Fact]
    public void Migrating_to_version_3_reads_the_effort_of_earlier_progress_reports_from_their_payload()
    {
        var path = BareGeoPackage();
        var progress = new Report("R-CP", "HA-0001", "ORG-1", "T-1", "D-1", new DateOnly(2024, 4, 1), ContractData.T0, "team leader",
            new ClearanceProgress(ContractData.Wkt("POLYGON ((36.0 49.0, 36.001 49.0, 36.001 49.001, 36.0 49.001, 36.0 49.0))"), 12.5, null, []));
        using (var c = Raw(path))
        {
            Encoding.SpatialFunctions.Register(c);
            Migrations.Run(c, path, 2);
            using var cmd = c.CreateCommand();
            cmd.CommandText =
                "INSERT INTO reports (id, kind, hazard_id, organisation_id, team_id, deployment_id, date_of_information, submitted_at, submitted_by, status, payload) " +
                "VALUES ('R-CP', 'clearance-progress', 'HA-0001', 'ORG-1', 'T-1', 'D-1', '2024-04-01', '2024-03-01T06:30:00.0000000Z', 'team leader', 'approved', $p)";
            cmd.Parameters.AddWithValue("$p", ReportJson.Serialize(progress));
            cmd.ExecuteNonQuery();
        }
        using var store = GeoPackageStore.Open(path, create: false);
        var summary = Assert.Single(store.ApprovedReportSummaries());
        Assert.Equal(("R-CP", ReportKind.ClearanceProgress, "T-1", "D-1", (double?)12.5, (double?)null),
            (summary.Id, summary.Kind, summary.TeamId, summary.DeploymentId, summary.DeminerDays, summary.MachineHours));
    }

    [Fact]
    public void A_newer_schema_is_refused_with_a_clear_message()
    {
        var path = NewPath();
        GeoPackageStore.Create(path);
        using (var c = Raw(path))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "UPDATE sg_meta SET value = '99' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }
        AssertInvalid(() => GeoPackageStore.Open(path), path, "version 99 is newer");
    }

    [Fact]
    public void The_schema_refuses_to_rewrite_or_delete_reports_and_history()
    {
        var path = NewPath();
        using (var store = GeoPackageStore.Open(path))
        {
            AddApproved(store, ContractData.NtsCreate());
        }
        using var c = Raw(path);
        foreach (var sql in new[]
                 {
                     "UPDATE reports SET payload = '{}' WHERE id = 'R-NTS'",
                     "UPDATE reports SET hazard_id = 'HA-X' WHERE id = 'R-NTS'",
                     "DELETE FROM reports",
                     "DELETE FROM report_events",
                     "UPDATE report_events SET reason = 'edited'",
                 })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            var e = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
            Assert.Contains("report", e.Message, StringComparison.Ordinal);
        }
        using (var ok = c.CreateCommand())
        {
            ok.CommandText = "UPDATE reports SET status = 'superseded', status_reason = 'moved' WHERE id = 'R-NTS'";
            Assert.Equal(1, ok.ExecuteNonQuery());
        }
    }

    [Fact]
    public void Sqlite_failures_are_storage_errors_naming_the_file()
    {
        var path = NewPath();
        using var store = GeoPackageStore.Open(path);
        AddApproved(store, ContractData.NtsCreate());
        using (var c = Raw(path))
        using (var cmd = c.CreateCommand())
        {
            // Another client breaks a table our store reads.
            cmd.CommandText = "DROP TABLE organisations";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<SafegroundException>(() => store.Organisations());
        Assert.Equal(ErrorKind.Storage, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    /// <summary>Version 0: a valid GeoPackage with only the core tables.</summary>
    private string BareGeoPackage()
    {
        var path = NewPath();
        using var c = Raw(path, SqliteOpenMode.ReadWriteCreate);
        using var tx = c.BeginTransaction();
        GpkgCore.Create(c, tx);
        tx.Commit();
        return path;
    }

    private static void AssertInvalid(Action open, string path, string why)
    {
        var e = Assert.Throws<SafegroundException>(open);
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains(Path.GetFullPath(path), e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
    }
}
