using System.Globalization;
using Microsoft.Data.Sqlite;
using Safeground.Core.Spatial;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Storage;
using Safeground.Storage.Contract;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage.Tests;

// The bulk R-tree pack beyond one in-memory run: sorted on disk, in temporary files that must not outlive
// the transaction. RTreeRunCells is lowered so that a few thousand finds take the on-disk path.
public sealed partial class GeoPackageStoreTests
{
    [Theory]
    [InlineData(700, RTreeBulkLoaderDefault)] // in memory
    [InlineData(30_000, 1000)] // 30 runs, one merge
    [InlineData(70_000, 1000)] // 70 runs: more than one merge pass (64 at a time)
    public void A_packed_rtree_answers_window_queries_exactly_like_a_scan_of_the_finds(int count, int runCells)
    {
        var path = NewPath();
        using (var store = GeoPackageStore.Open(path))
        {
            store.RTreeRunCells = runCells;
            Write(store, tx => tx.AddFinds(ScatteredFinds(count, seed: count)), WriteMode.Bulk);
        }
        Assert.Equal("ok", Scalar(path, "SELECT rtreecheck('rtree_finds_geom')"));
        Assert.Equal((long)count, Scalar(path, "SELECT count(*) FROM rtree_finds_geom"));

        using var c = Raw(path, SqliteOpenMode.ReadOnly);
        SpatialFunctions.Register(c);
        var random = new Random(7);
        for (int q = 0; q < 40; q++)
        {
            // Windows of many sizes, their low edges between the grid lines the finds lie on (no float32 rounding at stake).
            double size = 0.002 * Math.Pow(2, q % 10);
            double x1 = 30 + random.Next(2048) / 2048.0 + 1 / 131_072.0, y1 = 45 + random.Next(2048) / 2048.0 + 1 / 131_072.0;
            string window = string.Create(CultureInfo.InvariantCulture, $"{x1} AND {x1 + size}");
            string windowY = string.Create(CultureInfo.InvariantCulture, $"{y1} AND {y1 + size}");
            var byIndex = Ids(c, "SELECT id FROM rtree_finds_geom WHERE " + string.Create(CultureInfo.InvariantCulture,
                $"minx <= {x1 + size} AND maxx >= {x1} AND miny <= {y1 + size} AND maxy >= {y1}"));
            var byScan = Ids(c, $"SELECT fid FROM finds WHERE ST_MinX(geom) BETWEEN {window} AND ST_MinY(geom) BETWEEN {windowY}");
            Assert.Equal(byScan, byIndex);
        }
    }

    [Fact]
    public void The_pack_on_disk_builds_the_same_tree_as_the_pack_in_memory()
    {
        // Distinct x centres: no ties, so both sorts give one order and STR one tree, node for node.
        var inMemory = NewPath();
        var onDisk = NewPath();
        using (var store = GeoPackageStore.Open(inMemory)) Write(store, tx => tx.AddFinds(ScatteredFinds(20_000, seed: 3)), WriteMode.Bulk);
        using (var store = GeoPackageStore.Open(onDisk))
        {
            store.RTreeRunCells = 1500;
            Write(store, tx => tx.AddFinds(ScatteredFinds(20_000, seed: 3)), WriteMode.Bulk);
        }
        const string nodes = "SELECT hex(group_concat(hex(data), '')) FROM (SELECT data FROM rtree_finds_geom_node ORDER BY nodeno)";
        const string rowids = "SELECT sum(rowid * nodeno) || '/' || count(*) FROM rtree_finds_geom_rowid";
        const string parents = "SELECT sum(nodeno * parentnode) || '/' || count(*) FROM rtree_finds_geom_parent";
        Assert.Equal(Scalar(inMemory, nodes), Scalar(onDisk, nodes));
        Assert.Equal(Scalar(inMemory, rowids), Scalar(onDisk, rowids));
        Assert.Equal(Scalar(inMemory, parents), Scalar(onDisk, parents));
        // STR fills the leaves: 20,000 cells in ceil(20,000 / 51) = 393 leaves, give or take a partly filled last leaf per slice.
        Assert.Equal(20_000L, Scalar(onDisk, "SELECT count(*) FROM rtree_finds_geom_rowid"));
        Assert.InRange((long)Scalar(onDisk, "SELECT count(DISTINCT nodeno) FROM rtree_finds_geom_rowid")!, 393, 393 + 20);
    }

    [Fact]
    public void The_temporary_files_of_a_pack_are_gone_after_commit_and_after_dispose_without_commit()
    {
        var path = NewPath();
        using (var store = GeoPackageStore.Open(path))
        {
            store.RTreeRunCells = 1000;
            using (var tx = store.BeginWrite(WriteMode.Bulk))
            {
                tx.AddFinds(ScatteredFinds(5000, seed: 1));
                Assert.NotEmpty(TemporaryFiles(path)); // the test is about files that exist: they do
                tx.Commit();
            }
            Assert.Empty(TemporaryFiles(path));
            Assert.Equal(5000, store.Finds().Count());

            Write(store, tx => tx.ClearProjections());
            using (var tx = store.BeginWrite(WriteMode.Bulk))
            {
                tx.AddFinds(ScatteredFinds(5000, seed: 2));
                Assert.NotEmpty(TemporaryFiles(path));
            } // disposed: rolled back
            Assert.Empty(TemporaryFiles(path));
            Assert.Empty(store.Finds());

            var tx2 = store.BeginWrite(WriteMode.Bulk);
            tx2.AddFinds(ScatteredFinds(5000, seed: 3));
            Assert.NotEmpty(TemporaryFiles(path));
            store.Dispose(); // the store closes with the transaction open
            Assert.Empty(TemporaryFiles(path));
        }
        Assert.Equal("ok", Scalar(path, "SELECT rtreecheck('rtree_finds_geom')"));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM rtree_finds_geom"));
    }

    private const int RTreeBulkLoaderDefault = Schema.RTreeBulkLoader.DefaultRunCells;

    private static string[] TemporaryFiles(string gpkg) =>
        Directory.GetFiles(Path.GetDirectoryName(gpkg)!, Path.GetFileName(gpkg) + "-rtree-*");

    private static List<long> Ids(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql + " ORDER BY 1";
        using var r = cmd.ExecuteReader();
        var ids = new List<long>();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    /// <summary>
    /// Finds spread over one degree square in random order, on a grid of 1/65,536° in x (every x
    /// distinct) and 1/4,096° in y: exact in float32, so the R-tree's boxes are the points themselves.
    /// </summary>
    private static IEnumerable<FindRecord> ScatteredFinds(int count, int seed)
    {
        var random = new Random(seed);
        var xs = Enumerable.Range(0, 65_536).ToArray();
        random.Shuffle(xs);
        for (int i = 0; i < count; i++)
        {
            double lon = 30 + xs[i % xs.Length] / 65_536.0 + i / xs.Length, lat = 45 + random.Next(4096) / 4096.0;
            yield return new FindRecord($"R-SCAT-{i / 1000:D7}", i % 1000, null, ContractData.Org, "Kharkiv", new DateOnly(2024, 1, 1),
                new EoFind(EoCategory.Uxo, "OF-25", 1, EoCondition.Unknown, null, Geo.Point(lon, lat), Disposal.Removed));
        }
    }
}
