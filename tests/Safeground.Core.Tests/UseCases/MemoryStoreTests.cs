using Safeground.Core.Storage;
using Safeground.Storage.Contract;
using Safeground.Storage.Memory;

namespace Safeground.Core.Tests.UseCases;

/// <summary>The store contract on the memory store: it must pass every test the GeoPackage and PostGIS stores pass.</summary>
public sealed class MemoryStoreTests : StoreContractTests
{
    protected override ISafegroundStore CreateStore() => new MemoryStore();
}
