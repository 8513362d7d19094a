using System.Collections.Immutable;
using Safeground.Core.Ordnance;

namespace Safeground.Storage.Memory;

// The programme's ordnance catalogue (issue 18), by id: a new store holds the seeded models, as a migrated real store does.
internal sealed partial record MemoryState
{
    public ImmutableSortedDictionary<string, OrdnanceModel> Ordnance { get; init; } =
        OrdnanceSeed.Models.ToImmutableSortedDictionary(m => m.Id, m => m, StringComparer.Ordinal);
}
