using Safeground.Core.Ordnance;

namespace Safeground.Storage.Contract;

// The programme's ordnance catalogue (issue 18): a new store holds the seeded models; a model is written whole by its id,
// read back equal (fuzes in order, aliases with commas and Cyrillic, the retirement day), replaced and removed.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void A_new_store_holds_the_seeded_ordnance_catalogue()
    {
        using var store = CreateStore();
        var held = store.OrdnanceModels();
        Assert.Equal(OrdnanceSeed.Models.OrderBy(m => m.Id, StringComparer.Ordinal), held);
        Assert.Equal(held.Select(m => m.Id).Order(StringComparer.Ordinal), held.Select(m => m.Id));
    }

    [SkippableFact]
    public void An_ordnance_model_round_trips_is_replaced_by_its_id_and_removed()
    {
        using var store = CreateStore();
        var model = new OrdnanceModel("Test-1", EoCategory.AtMine, [FuzeKind.TiltRod, FuzeKind.Pressure], "Don't touch the rod; it's 'live'",
            ["ТЕСТ-1", "test one, mark 2"], "Nowhere");
        Write(store, tx => tx.Put(model));
        Assert.Equal(model, store.OrdnanceModels().Single(m => m.Id == "test1"));

        var retired = model with { RetiredOn = new DateOnly(2026, 12, 4), Hazard = null, Country = null, Aliases = [] };
        Write(store, tx => tx.Put(retired));
        Assert.Equal(retired, store.OrdnanceModels().Single(m => m.Id == "test1"));
        Assert.Equal(OrdnanceSeed.Models.Count + 1, store.OrdnanceModels().Count);

        Write(store, tx => tx.RemoveOrdnanceModel("test1"));
        Write(store, tx => tx.RemoveOrdnanceModel("no-such-model"));
        Assert.DoesNotContain(store.OrdnanceModels(), m => m.Id == "test1");
        Assert.Equal(OrdnanceSeed.Models.Count, store.OrdnanceModels().Count);
    }

    [SkippableFact]
    public void An_ordnance_write_not_committed_keeps_nothing()
    {
        using var store = CreateStore();
        using (var tx = store.BeginWrite())
        {
            tx.Put(new OrdnanceModel("Gone-1", EoCategory.Uxo, [FuzeKind.Impact], null, [], null));
            tx.RemoveOrdnanceModel("pmn2");
        }
        Assert.Equal(OrdnanceSeed.Models.Count, store.OrdnanceModels().Count);
        Assert.Contains(store.OrdnanceModels(), m => m.Id == "pmn2");
    }
}
