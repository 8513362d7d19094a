using Safeground.Core.Storage;
using Safeground.Storage.Contract.UseCases;

namespace Safeground.Storage.PostGis.Tests.UseCases;

/// <summary>Core's use cases on PostGIS: each store in a schema of its own on the test server, dropped afterwards.</summary>
public sealed class PostGisKind : StoreKind
{
    private readonly Dictionary<ISafegroundStore, string> _schemas = [];

    public override ISafegroundStore NewStore()
    {
        var url = TestServer.NewSchemaUrl("u");
        var store = PostGisStore.Open(url);
        _schemas.Add(store, url);
        return store;
    }

    /// <summary>Closes the store's connection pool and drops its schema now: a server has only so many connections.</summary>
    protected override void Free(ISafegroundStore store)
    {
        base.Free(store);
        if (_schemas.Remove(store, out var url)) TestServer.Drop(url);
    }

    /// <summary>
    /// Half of a property test's cases, at least one: every statement goes through the server (CI time). Not fewer: the
    /// stored-rules property asserts that some approval needed the stored thresholds, and the first seed that makes one is
    /// past the twentieth.
    /// </summary>
    public override int Cases(int full) => Math.Max(1, full / 2);

    protected override void Dispose(bool disposing)
    {
        if (disposing) foreach (var url in _schemas.Values) TestServer.Drop(url);
        base.Dispose(disposing);
    }
}
