using Npgsql;
using NpgsqlTypes;
using Safeground.Core;
using Safeground.Core.Reports;
using Safeground.Storage.Contract;
using Safeground.Storage.PostGis.Backup;
using Safeground.Storage.PostGis.Schema;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>
/// <c>safeground migrate</c> on PostgreSQL from every earlier schema version: the version read without change, a
/// backup of the schema as it was (which restores to that version), then the upgrade with the data kept.
/// </summary>
public sealed class PostGisMigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sg-pgmigrate-").FullName;
    private readonly List<string> _schemas = [];

    public void Dispose()
    {
        foreach (var url in _schemas) TestServer.Drop(url);
        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<int> EarlierVersions()
    {
        var data = new TheoryData<int>();
        for (int v = 1; v < PostGisStore.SchemaVersion; v++) data.Add(v);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(EarlierVersions))]
    public void Migrate_backs_up_the_schema_as_it_was_then_brings_it_to_the_current_version(int version)
    {
        var url = NewSchema();
        var location = PostGisLocation.Parse(url);
        using (PostGisStore.Open(location, create: true, targetVersion: version)) { }
        var report = ContractData.NtsCreate();
        using (var c = new NpgsqlConnection(location.ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand(
                "INSERT INTO reports (id, kind, hazard_id, organisation_id, date_of_information, submitted_at, submitted_by, status, payload) " +
                "VALUES ('R-NTS', 'non-technical-survey', 'HA-0001', 'ORG-1', '2024-03-01', '2024-03-01T06:30:00.0000000Z', 'surveyor', 'approved', $1)", c);
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = ReportJson.Serialize(report) });
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(version, PostGisMigration.VersionOf(url));
        Assert.Equal(version, PostGisMigration.VersionOf(url)); // reading it changed nothing

        var backupPath = Path.Combine(_dir, $"v{version}.backup");
        var done = PostGisMigration.Migrate(url, backup: true, TimeProvider.System, backupPath);
        Assert.Equal((version, PostGisStore.SchemaVersion, backupPath), (done.From, done.To, done.Backup));
        Assert.Equal(PostGisStore.SchemaVersion, PostGisMigration.VersionOf(url));
        using (var store = PostGisStore.Open(url, create: false))
            Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(store.FindReport("R-NTS")!.Report));

        var again = PostGisMigration.Migrate(url, backup: true, TimeProvider.System, Path.Combine(_dir, "again.backup"));
        Assert.False(again.Migrated);
        Assert.Null(again.Backup);
        Assert.False(File.Exists(Path.Combine(_dir, "again.backup")));

        // The backup is the schema as it was: restored, it is at the old version with the report in it.
        PostGisBackup.Restore(backupPath, url);
        Assert.Equal(version, PostGisMigration.VersionOf(url));
        Assert.Equal("R-NTS", TestServer.Scalar(url, "SELECT id FROM reports"));
        using (var store = PostGisStore.Open(url, create: false))
            Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(store.FindReport("R-NTS")!.Report));
    }

    [SkippableFact]
    public void A_version_4_token_keeps_working_after_version_5_with_no_origin_or_last_use()
    {
        var url = NewSchema();
        var location = PostGisLocation.Parse(url);
        using (PostGisStore.Open(location, create: true, targetVersion: 4)) { }
        using (var c = new NpgsqlConnection(location.ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand(
                "INSERT INTO users (username, display_name, role, organisation_id, disabled, created_at, password_hash) VALUES ('u', 'U', 'viewer', NULL, false, '2026-11-26T08:00:00.0000000Z', 'h');" +
                "INSERT INTO api_tokens (hash, kind, username, name, created_at, expires_at, revoked) VALUES " +
                "('" + new string('a', 64) + "', 'api', 'u', 'old script', '2026-11-26T08:00:00.0000000Z', '2027-11-26T08:00:00.0000000Z', false)", c);
            cmd.ExecuteNonQuery();
        }
        PostGisMigration.Migrate(url, backup: false, TimeProvider.System);
        using var store = PostGisStore.Open(url, create: false);
        var t0 = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        var expected = new Core.Access.AccessToken(new string('a', 64), Core.Access.TokenKind.Api, "u", "old script", t0, t0.AddYears(1), false);
        Assert.Equal([expected], store.Tokens("u"));
        Assert.Equal(expected, store.FindTokenById(new string('a', 16)));
    }

    [SkippableFact]
    public void Migrate_refuses_a_schema_without_a_store_and_says_where_the_backup_goes()
    {
        var url = NewSchema();
        Assert.Equal(0, PostGisMigration.VersionOf(url));
        var e = Assert.Throws<SafegroundException>(() => PostGisMigration.Migrate(url, backup: true, TimeProvider.System));
        Assert.Contains("no Safeground store", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, PostGisMigration.VersionOf(url)); // nothing was created
        var schema = PostGisLocation.Parse(url).Schema;
        Assert.Equal(Path.GetFullPath($"{schema}.schema-v2.backup"), PostGisMigration.DefaultBackupPath(url, 2, TimeProvider.System));
    }

    [SkippableFact]
    public void The_relations_a_restore_into_public_drops_are_all_of_the_current_schema()
    {
        // A store in public cannot be restored by dropping the schema (PostGIS lives there): the restore drops
        // Safeground's relations by name, so a table added by a schema step must be added to that list too.
        var url = NewSchema();
        using (PostGisStore.Open(url)) { }
        var schema = PostGisLocation.Parse(url).Schema;
        using var c = new NpgsqlConnection(PostGisLocation.Parse(url).ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand("SELECT relname FROM pg_class WHERE relnamespace = $1::regnamespace AND relkind IN ('r', 'v') ORDER BY relname", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = schema });
        var relations = new List<string>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) relations.Add(r.GetString(0));
        Assert.Equal(relations.Order(StringComparer.Ordinal), SchemaReplacement.Relations.Order(StringComparer.Ordinal));
        Assert.Equal(Migrations.Current, PostGisStore.SchemaVersion);
    }

    private string NewSchema()
    {
        var url = TestServer.NewSchemaUrl("mg");
        _schemas.Add(url);
        return url;
    }
}
