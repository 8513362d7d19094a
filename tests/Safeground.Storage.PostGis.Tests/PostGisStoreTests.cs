using Safeground.Core.Storage;
using Safeground.Storage.Contract;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>The store contract on PostgreSQL + PostGIS: each test in a schema of its own, dropped afterwards.</summary>
public sealed partial class PostGisStoreTests : StoreContractTests, IDisposable
{
    private readonly List<string> _schemas = [];

    protected override ISafegroundStore CreateStore()
    {
        var url = TestServer.NewSchemaUrl();
        _schemas.Add(url);
        return PostGisStore.Open(url);
    }

    public void Dispose()
    {
        foreach (var url in _schemas) TestServer.Drop(url);
    }
}
