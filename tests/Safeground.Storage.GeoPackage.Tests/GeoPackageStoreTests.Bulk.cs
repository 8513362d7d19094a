using NetTopologySuite.IO;
using Safeground.Core;
using Safeground.Core.Spatial;
using Safeground.Core.Storage;
using Safeground.Storage.Contract;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage.Tests;

// Bulk writes and failed transactions: the index and the file must come out as if nothing special happened.
public sealed partial class GeoPackageStoreTests
{
    private const string RTreeRows = "SELECT group_concat(id || ':' || minx || ':' || maxx || ':' || miny || ':' || maxy, ';') " +
                                     "FROM (SELECT * FROM rtree_finds_geom ORDER BY id)";

    private const string BboxQuery = "SELECT count(*) || '/' || sum(id) FROM rtree_finds_geom " +
                                     "WHERE minx <= 30.25 AND maxx >= 30.1 AND miny <= 45.05 AND maxy >= 45.02";

    [Fact]
    public void Bulk_mode_builds_the_same_rtree_as_normal_mode()
    {
        var normal = NewPath();
        var bulk = NewPath();
        using (var store = GeoPackageStore.Open(normal)) Write(store, tx => tx.AddFinds(ContractData.ManyFinds(100_000)));
        using (var store = GeoPackageStore.Open(bulk)) Write(store, tx => tx.AddFinds(ContractData.ManyFinds(100_000)), WriteMode.Bulk);

        Assert.Equal(100_000L, Scalar(bulk, "SELECT count(*) FROM rtree_finds_geom"));
        Assert.Equal(Scalar(normal, "SELECT count(*) FROM rtree_finds_geom"), Scalar(bulk, "SELECT count(*) FROM rtree_finds_geom"));
        Assert.Equal(Scalar(normal, BboxQuery), Scalar(bulk, BboxQuery));
        // 151 columns (30.100..30.250) × 31 rows (45.020..45.050), give or take the float32 rounding at the edges.
        var found = int.Parse(((string)Scalar(bulk, BboxQuery)!).Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(found, 150 * 30, 152 * 32);
        Assert.Equal(Scalar(normal, RTreeRows), Scalar(bulk, RTreeRows));
        Assert.Equal(Dump(normal, indexInternals: false), Dump(bulk, indexInternals: false)); // triggers restored too: same schema, same rows
        Assert.Equal("ok", Scalar(bulk, "SELECT rtreecheck('rtree_finds_geom')"));
    }

    [Fact]
    public void Bulk_removals_and_replacements_keep_the_rtree_in_step()
    {
        var path = NewPath();
        using var store = GeoPackageStore.Open(path);
        AddApproved(store, ContractData.Accident());
        Write(store, tx =>
        {
            tx.AddFinds(ContractData.ManyFinds(1000));
            tx.RemoveFinds("R-BULK-0000001");
            tx.PutHazard(ContractData.HazardState());
            tx.PutHazard(ContractData.HazardState());
            tx.PutAccident(ContractData.AccidentRecord(ContractData.Accident()));
        }, WriteMode.Bulk);
        foreach (var t in new[] { "finds", "hazards", "hazard_perimeters", "released_areas", "accidents" })
        {
            Assert.Equal(Scalar(path, $"SELECT count(*) FROM {t}"), Scalar(path, $"SELECT count(*) FROM rtree_{t}_geom"));
            Assert.Equal(0L, Scalar(path, $"SELECT count(*) FROM rtree_{t}_geom WHERE id NOT IN (SELECT fid FROM {t})"));
            Assert.Equal("ok", Scalar(path, $"SELECT rtreecheck('rtree_{t}_geom')"));
            Assert.Equal(6L, Scalar(path, $"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_{t}_geom_%'"));
        }
    }

    [Fact]
    public void A_packed_bulk_index_keeps_working_under_normal_writes()
    {
        var path = NewPath();
        using var store = GeoPackageStore.Open(path);
        Write(store, tx => tx.AddFinds(ContractData.ManyFinds(20_000)), WriteMode.Bulk);
        Assert.Equal("ok", Scalar(path, "SELECT rtreecheck('rtree_finds_geom')"));
        Write(store, tx =>
        {
            tx.AddFinds(ContractData.ManyFinds(3000, "R-MORE"));
            for (int r = 0; r < 2000; r += 3) tx.RemoveFinds($"R-BULK-{r:D7}");
        });
        Write(store, tx => tx.AddFinds(ContractData.ManyFinds(40, "R-TINY")), WriteMode.Bulk); // not empty: row by row
        Assert.Equal("ok", Scalar(path, "SELECT rtreecheck('rtree_finds_geom')"));
        Assert.Equal(Scalar(path, "SELECT count(*) FROM finds"), Scalar(path, "SELECT count(*) FROM rtree_finds_geom"));
        Assert.Equal(Scalar(path, "SELECT count(*) FROM finds WHERE fid IN (SELECT id FROM rtree_finds_geom WHERE minx <= 30.2 AND maxx >= 30.1 AND miny <= 45.01 AND maxy >= 45.0)"),
            Scalar(path, "SELECT count(*) FROM rtree_finds_geom WHERE minx <= 30.2 AND maxx >= 30.1 AND miny <= 45.01 AND maxy >= 45.0"));
    }

    [Fact]
    public void A_duplicate_find_in_a_bulk_load_fails_the_commit_and_keeps_nothing()
    {
        var path = NewPath();
        using var store = GeoPackageStore.Open(path);
        var twice = ContractData.ManyFinds(30).Concat(ContractData.ManyFinds(1));
        var e = Assert.Throws<SafegroundException>(() => Write(store, tx => tx.AddFinds(twice), WriteMode.Bulk));
        Assert.Equal(ErrorKind.Storage, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Empty(store.Finds());
        Write(store, tx => tx.AddFinds(ContractData.ManyFinds(30)), WriteMode.Bulk);
        Assert.Equal(30, store.Finds().Count());
    }

    [Fact]
    public void A_small_bulk_load_packs_into_a_root_leaf()
    {
        var path = NewPath();
        using (var store = GeoPackageStore.Open(path)) Write(store, tx => tx.AddFinds(ContractData.ManyFinds(7)), WriteMode.Bulk);
        Assert.Equal("ok", Scalar(path, "SELECT rtreecheck('rtree_finds_geom')"));
        Assert.Equal(7L, Scalar(path, "SELECT count(*) FROM rtree_finds_geom WHERE minx >= 29 AND maxx <= 31"));
        Assert.Equal(1L, Scalar(path, "SELECT count(*) FROM rtree_finds_geom_node"));
    }

    [Fact]
    public void A_transaction_failing_midway_leaves_the_file_as_it_was()
    {
        var path = NewPath();
        using (var store = GeoPackageStore.Open(path))
        {
            AddApproved(store, ContractData.NtsCreate());
            Write(store, tx => tx.AddFinds(ContractData.ManyFinds(100)));
        }
        var before = Dump(path);

        foreach (var mode in new[] { WriteMode.Normal, WriteMode.Bulk })
        {
            using var store = GeoPackageStore.Open(path);
            var e = Assert.Throws<SafegroundException>(() => Write(store, tx =>
            {
                tx.Put(ContractData.Organisation);
                tx.AddFinds(ContractData.ManyFinds(500, "R-MORE"));
                tx.PutHazard(ContractData.HazardState());
                tx.AddReport(ContractData.NtsCreate(), ContractData.Submitted(ContractData.NtsCreate())); // duplicate: fails here
                tx.ClearProjections();
            }, mode));
            Assert.Equal(ErrorKind.Conflict, e.Kind);
        }
        Assert.Equal(before, Dump(path));
    }

    [Fact]
    public void The_bulk_point_blob_is_byte_for_byte_what_NTS_writes()
    {
        var writer = new GeoPackageGeoWriter { HandleOrdinates = NetTopologySuite.Geometries.Ordinates.XY };
        var buffer = new byte[GpkgBlob.PointLength];
        foreach (var (x, y) in new[] { (36.0085, 49.0012), (-180.0, -90.0), (0.1 + 0.2, 1e-9) })
        {
            GpkgBlob.WritePoint(buffer, x, y);
            Assert.Equal(Convert.ToHexString(writer.Write(Geo.Point(x, y))), Convert.ToHexString(buffer));
            Assert.Equal(Geo.Point(x, y), GpkgBlob.ReadPoint(buffer));
        }
    }
}
