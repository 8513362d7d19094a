using Microsoft.Data.Sqlite;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// The packer on its own R-tree: dense ids (a load's consecutive fids) take the array leaf map,
/// sparse ids the sorted one; both must give a valid tree that finds every box.
/// </summary>
public sealed class RTreeBulkLoaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sg-rtree-{Guid.NewGuid():N}.sqlite");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (File.Exists(_path)) File.Delete(_path);
    }

    [Theory]
    [InlineData(1, 5_000, 300)]       // dense: 1..5000, several runs on disk for the cells
    [InlineData(1_000, 5_000, 300)]   // sparse: every 1,000th id
    [InlineData(7, 40, 64)]           // a single leaf (fewer cells than a node holds)
    public void Packed_trees_are_valid_and_find_every_box(long step, int count, int runCells)
    {
        using var c = new SqliteConnection($"Data Source={_path};Pooling=False");
        c.Open();
        using (var create = c.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE t USING rtree(id, minx, maxx, miny, maxy)";
            create.ExecuteNonQuery();
        }
        var random = new Random(11);
        var boxes = new List<(long Id, double X, double Y)>();
        using (var tx = c.BeginTransaction())
        {
            using var loader = new RTreeBulkLoader(_path, runCells);
            for (int i = 0; i < count; i++)
            {
                double x = 30 + random.NextDouble(), y = 45 + random.NextDouble();
                long id = 1 + i * step;
                boxes.Add((id, x, y));
                loader.Add(id, x, x, y, y);
            }
            loader.Write(c, tx, "t");
            tx.Commit();
        }
        using var check = c.CreateCommand();
        check.CommandText = "SELECT rtreecheck('t')";
        Assert.Equal("ok", check.ExecuteScalar());
        using var find = c.CreateCommand();
        find.CommandText = "SELECT count(*) FROM t WHERE id = $id AND minx <= $x AND maxx >= $x AND miny <= $y AND maxy >= $y";
        var pid = find.Parameters.Add("$id", SqliteType.Integer);
        var px = find.Parameters.Add("$x", SqliteType.Real);
        var py = find.Parameters.Add("$y", SqliteType.Real);
        foreach (var (id, x, y) in boxes.Where((_, i) => i % 97 == 0))
        {
            pid.Value = id;
            px.Value = x;
            py.Value = y;
            Assert.Equal(1L, find.ExecuteScalar());
        }
        using var all = c.CreateCommand();
        all.CommandText = "SELECT count(*) FROM t_rowid";
        Assert.Equal((long)count, all.ExecuteScalar());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "-rtree*"));
    }
}
