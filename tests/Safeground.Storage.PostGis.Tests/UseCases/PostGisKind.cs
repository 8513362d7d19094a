using Safeground.Core.Storage;
using Safeground.Storage.Contract.UseCases;

namespace Safeground.Storage.PostGis.Tests.UseCases;

/// <summary>Core's use cases on PostGIS: each store in a schema of its own on the test server, dropped afterwards.</summary>
public sealed class PostGisKind : StoreKind
{
    private readonly List<string> _schemas = [];

    public override ISafegroundStore NewStore()
    {
        var url = TestServer.NewSchemaUrl("u");
        _schemas.Add(url);
        return PostGisStore.Open(url);
    }

    /// <summary>A fifth of a property test's cases, at least one: every statement goes through the server (CI time).</summary>
    public override int Cases(int full) => Math.Max(1, full / 5);

    protected override void Dispose(bool disposing)
    {
        if (disposing) foreach (var url in _schemas) TestServer.Drop(url);
        base.Dispose(disposing);
    }
}
