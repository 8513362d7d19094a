using NetTopologySuite.Geometries;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract;

// The map layer role (IMapLayerStore): a store's slim tile queries give what its full layer pages give. These
// were the interface's scanning defaults once; now every store answers them itself and this is the oracle.
public abstract partial class StoreContractTests
{
    [SkippableTheory]
    [InlineData(FeatureLayer.Hazards)]
    [InlineData(FeatureLayer.Released)]
    [InlineData(FeatureLayer.Finds)]
    [InlineData(FeatureLayer.Accidents)]
    public void Map_features_are_the_layer_pages_features_with_the_map_attributes(FeatureLayer layer)
    {
        using var store = CreateStore();
        var accident = ContractData.Accident();
        AddApproved(store, accident);
        Write(store, tx =>
        {
            tx.PutHazard(ContractData.HazardState());
            tx.AddFinds(ContractData.ManyFinds(50));
            tx.PutAccident(ContractData.AccidentRecord(accident));
        });
        IMapLayerStore layers = store;
        var area = layers.Extent(layer).Area ?? throw new Xunit.Sdk.XunitException($"the {layer} layer has no extent");
        var everything = new Envelope(area.MinX - 1, area.MaxX + 1, area.MinY - 1, area.MaxY + 1);
        var all = new LayerQuery(everything, Limit: int.MaxValue);
        var expected = layer switch
        {
            FeatureLayer.Hazards => layers.HazardPage(all).Features.Select(f => MapAttributes.Of(f.Record)),
            FeatureLayer.Released => layers.ReleasePage(all).Features.Select(f => MapAttributes.Of(f.Record)),
            FeatureLayer.Finds => layers.FindPage(all).Features.Select(f => MapAttributes.Of(f.Record)),
            _ => layers.AccidentPage(all).Features.Select(f => MapAttributes.Of(f.Record)),
        };
        static List<string> Describe(IEnumerable<MapFeature> features) => features
            .Select(f => string.Join("|", f.Attributes.Select(a => $"{a.Key}={a.Value}")) + "|" + f.Geometry.EnvelopeInternal)
            .Order(StringComparer.Ordinal).ToList();
        var wanted = Describe(expected);
        Assert.NotEmpty(wanted);
        Assert.Equal(wanted, Describe(layers.MapFeatures(layer, everything)));
        Assert.Empty(layers.MapFeatures(layer, new Envelope(-10, -9, -10, -9)));
        if (layer == FeatureLayer.Finds)
        {
            var points = layers.FindPage(all).Features.Select(f => new FindPoint(f.Record.Find.Position.X, f.Record.Find.Position.Y, f.Record.Find.Category).ToString());
            Assert.Equal(points.Order(StringComparer.Ordinal), layers.FindPoints(everything).Select(p => p.ToString()).Order(StringComparer.Ordinal));
        }
    }

    [SkippableFact]
    public void The_revision_stays_while_nothing_is_written_and_moves_with_an_approval_and_a_projection()
    {
        using var store = CreateStore();
        IMapLayerStore layers = store;
        var empty = layers.Revision();
        Assert.Equal(empty, layers.Revision());
        var report = ContractData.NtsCreate();
        AddApproved(store, report);
        var approved = layers.Revision();
        Assert.NotEqual(empty, approved);
        Write(store, tx => tx.PutHazard(ContractData.HazardState()));
        Assert.NotEqual(approved, layers.Revision());
    }
}
