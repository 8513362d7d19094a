using System.Diagnostics;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Storage.Contract;

namespace Safeground.Storage.PostGis.Tests;

// What only a PostgreSQL database has: layers QGIS finds, the schema's own refusals, writers across
// connections, and the finds index a bulk load drops and rebuilds.
public sealed partial class PostGisStoreTests
{
    private (string Url, PostGisStore Store) NewStore()
    {
        var url = TestServer.NewSchemaUrl();
        _schemas.Add(url);
        return (url, PostGisStore.Open(url));
    }

    [SkippableFact]
    public void The_layers_are_PostGIS_layers_with_their_types_SRID_and_GiST_indexes()
    {
        var (url, store) = NewStore();
        using (store)
        {
            var schema = PostGisLocation.Parse(url).Schema;
            foreach (var (table, type) in new[] { ("hazards", "MULTIPOLYGON"), ("released_areas", "MULTIPOLYGON"), ("finds", "POINT"), ("accidents", "POINT"), ("regions", "MULTIPOLYGON") })
            {
                // What geometry_columns would say (it reads the column's type modifier the same way), asked of this
                // table only: the view opens every relation of the database, and another test dropping its schema at
                // that moment failed it with "could not open relation with OID" (seen in CI).
                Assert.Equal($"{type} 4326", TestServer.Scalar(url,
                    $"SELECT upper(postgis_typmod_type(atttypmod)) || ' ' || postgis_typmod_srid(atttypmod) FROM pg_attribute " +
                    $"WHERE attrelid = '{schema}.{table}'::regclass AND attname = 'geom' AND atttypid = 'geometry'::regtype"));
                Assert.Equal(1L, TestServer.Scalar(url,
                    $"SELECT count(*) FROM pg_index WHERE indrelid = '{schema}.{table}'::regclass AND pg_get_indexdef(indexrelid) LIKE '%USING gist (geom)%'"));
            }
            Assert.Equal(1L, TestServer.Scalar(url,
                $"SELECT count(*) FROM pg_attribute WHERE attrelid = '{schema}.hazard_perimeters'::regclass AND attname = 'geom' AND atttypid = 'geometry'::regtype"));
            Assert.Equal(SchemaVersionText, TestServer.Scalar(url, "SELECT value FROM sg_meta WHERE key = 'schema_version'"));
        }
    }

    private static string SchemaVersionText => PostGisStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [SkippableFact]
    public void Reports_and_their_history_refuse_rewriting_whatever_client_tries()
    {
        var (url, store) = NewStore();
        using (store) AddApproved(store, ContractData.NtsCreate());
        foreach (var sql in new[]
                 {
                     "UPDATE reports SET payload = '{}'", "DELETE FROM reports", "TRUNCATE reports CASCADE",
                     "UPDATE report_events SET by_user = 'someone else'", "DELETE FROM report_events",
                 })
        {
            var e = Assert.Throws<PostgresException>(() => TestServer.Scalar(url, sql));
            Assert.Matches("immutable|never deleted|append-only", e.MessageText);
        }
        using var again = PostGisStore.Open(url, create: false);
        AssertSameReport(ContractData.NtsCreate(), again.FindReport("R-NTS")!.Report);
        Assert.Equal(2, again.History("R-NTS").Count);
    }

    [SkippableFact]
    public void A_second_writer_waits_for_the_first_to_commit_even_from_another_store_instance()
    {
        var (url, first) = NewStore();
        using var second = PostGisStore.Open(url, create: false);
        using (first)
        {
            var tx = first.BeginWrite();
            tx.Put(ContractData.Organisation);
            var waited = Stopwatch.StartNew();
            var other = Task.Run(() =>
            {
                using var tx2 = second.BeginWrite();
                var seen = second.Organisations().Count;
                tx2.Put(ContractData.Team);
                tx2.Commit();
                return (seen, waited.Elapsed);
            });
            Thread.Sleep(700);
            Assert.False(other.IsCompleted, "the second writer should wait for the first's lock");
            tx.Commit();
            tx.Dispose();
            var (seenOrganisations, _) = other.GetAwaiter().GetResult();
            Assert.Equal(1, seenOrganisations); // it began after the first committed
            Assert.Single(first.Teams());
        }
    }

    [SkippableFact]
    public void A_bulk_load_rebuilds_the_finds_index_at_commit_and_a_rolled_back_one_leaves_it_in_place()
    {
        var (url, store) = NewStore();
        var schema = PostGisLocation.Parse(url).Schema;
        string indexCount = $"SELECT count(*) FROM pg_indexes WHERE schemaname = '{schema}' AND indexname = 'finds_geom'";
        using (store)
        {
            using (var tx = store.BeginWrite(WriteMode.Bulk))
            {
                tx.AddFinds(ContractData.ManyFinds(3000));
                // not committed: the drop of the index is rolled back with the rows
            }
            Assert.Equal(1L, TestServer.Scalar(url, indexCount));
            Assert.Empty(store.Finds());

            using (var tx = store.BeginWrite(WriteMode.Bulk))
            {
                tx.AddFinds(ContractData.ManyFinds(3000));
                tx.AddFinds(ContractData.ManyFinds(10, "R-MORE"));
                tx.Commit();
            }
            Assert.Equal(1L, TestServer.Scalar(url, indexCount));
            Assert.Equal(3010, store.Finds().Count());
            var box = new NetTopologySuite.Geometries.Envelope(-180, 180, -90, 90);
            Assert.Equal(3010, store.FindPoints(box).Count());
        }
    }

    [SkippableFact]
    public void A_bulk_write_meeting_a_stored_report_id_is_a_conflict_and_keeps_nothing()
    {
        var (_, store) = NewStore();
        using (store)
        {
            AddApproved(store, ContractData.NtsCreate());
            var e = Assert.Throws<SafegroundException>(() => Write(store, tx =>
            {
                tx.Put(ContractData.Organisation);
                var again = ContractData.NtsCreate();
                tx.AddReport(again, ContractData.Submitted(again));
                tx.AddFinds(ContractData.ManyFinds(20));
            }, WriteMode.Bulk));
            Assert.Equal(ErrorKind.Conflict, e.Kind);
            Assert.Contains("R-NTS", e.Message, StringComparison.Ordinal);
            Assert.Empty(store.Organisations());
            Assert.Empty(store.Finds());
            Assert.Single(store.Reports());
        }
    }

    [SkippableFact]
    public void A_new_database_without_PostGIS_gets_it_and_stores_geometries_at_once()
    {
        var server = TestServer.Url();
        var database = "sg_fresh_" + Guid.NewGuid().ToString("N")[..10];
        TestServer.Scalar(server, $"CREATE DATABASE {database}");
        var url = new UriBuilder(server) { Path = "/" + database }.Uri.ToString();
        try
        {
            using (var store = PostGisStore.Open(url))
            {
                Write(store, tx => tx.PutHazard(ContractData.HazardState()));
                AssertSameHazard(ContractData.HazardState(), store.FindHazard(ContractData.Hazard)!);
            }
            Assert.Equal("postgis", TestServer.Scalar(url, "SELECT extname FROM pg_extension WHERE extname = 'postgis'"));
        }
        finally
        {
            PostGisStore.ClosePool(url);
            Npgsql.NpgsqlConnection.ClearAllPools();
            TestServer.Scalar(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    [SkippableFact]
    public void An_unreachable_server_is_a_storage_error_naming_it_without_the_password()
    {
        var e = Assert.Throws<SafegroundException>(() => PostGisStore.Open("postgres://someone:hunter2@127.0.0.1:1/nothing"));
        Assert.Equal(ErrorKind.Storage, e.Kind);
        Assert.Contains("127.0.0.1:1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }
}
