using Safeground.Core.Storage;
using Safeground.Storage.Contract.UseCases;
using Safeground.Storage.Memory;

namespace Safeground.Core.Tests.UseCases;

/// <summary>Core's use cases on the memory store: a new one per store asked for.</summary>
public sealed class MemoryKind : StoreKind
{
    public override ISafegroundStore NewStore() => new MemoryStore();
}
