using Safeground.Core.Ordnance;

namespace Safeground.Storage.Memory;

internal sealed partial class MemoryTransaction
{
    public void Put(OrdnanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Change(s => s with { Ordnance = s.Ordnance.SetItem(model.Id, model) });
    }

    public void RemoveOrdnanceModel(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Change(s => s with { Ordnance = s.Ordnance.Remove(id) });
    }
}
