using Safeground.Core.Reference;

namespace Safeground.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public void A_pooled_store_sees_what_another_store_committed_after_its_connections_went_back()
    {
        var path = NewPath();
        GeoPackageStore.Open(path).Dispose();
        try
        {
            using (var first = GeoPackageStore.OpenPooled(path))
            {
                Assert.Empty(first.Organisations());
            }
            using (var writer = GeoPackageStore.Open(path, create: false))
            {
                using var tx = writer.BeginWrite();
                tx.Put(new Organisation("ORG-1", "Operator One", "BA"));
                tx.Commit();
            }
            using var second = GeoPackageStore.OpenPooled(path);
            Assert.Equal("ORG-1", Assert.Single(second.Organisations()).Id);
            // A pooled store writes as any other.
            using (var tx = second.BeginWrite())
            {
                tx.Put(new Organisation("ORG-2", "Operator Two", "BA"));
                tx.Commit();
            }
            Assert.Equal(2, second.Organisations().Count);
        }
        finally
        {
            GeoPackageStore.ClosePool(path);
        }
    }

    [Fact]
    public void Stores_open_at_once_take_their_own_connections_and_closing_the_pool_leaves_a_single_file()
    {
        var path = NewPath();
        GeoPackageStore.Open(path).Dispose();
        var stores = Enumerable.Range(0, 4).Select(_ => GeoPackageStore.OpenPooled(path)).ToList();
        // Each has its own writer: a transaction open on one does not stop the others reading.
        using (var tx = stores[0].BeginWrite())
        {
            tx.Put(new Organisation("ORG-1", "Operator One", "BA"));
            Assert.All(stores.Skip(1), s => Assert.Empty(s.Organisations()));
            tx.Commit();
        }
        Assert.All(stores, s => Assert.Single(s.Organisations()));
        foreach (var s in stores) s.Dispose();
        Assert.True(File.Exists(path + "-wal"), "pooled connections keep the file open in WAL mode");

        GeoPackageStore.ClosePool(path);
        Assert.False(File.Exists(path + "-wal"));
        Assert.Equal("delete", Scalar(path, "PRAGMA journal_mode"));
        using var reopened = GeoPackageStore.Open(path, create: false);
        Assert.Single(reopened.Organisations());
    }
}
