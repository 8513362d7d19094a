using Safeground.Core.Ordnance;

namespace Safeground.Storage.Memory;

public sealed partial class MemoryStore
{
    public IReadOnlyList<OrdnanceModel> OrdnanceModels() => [.. State.Ordnance.Values];
}
