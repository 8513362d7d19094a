using Safeground.Core.Storage;
using Safeground.Storage.Contract;

namespace Safeground.Storage.GeoPackage.Tests;

// The file as GDAL sees it: validator and ogrinfo, on a store with data in every layer.
public sealed partial class GeoPackageStoreTests
{
    private string StoreWithData()
    {
        var path = NewPath();
        using var store = GeoPackageStore.Open(path);
        var accident = ContractData.Accident();
        var done = ContractData.Completion();
        var ts = ContractData.TsReduce();
        AddApproved(store, ContractData.NtsCreate(), ts, done, accident);
        Write(store, tx =>
        {
            tx.Put(ContractData.Organisation);
            tx.Put(ContractData.Team);
            tx.Put(ContractData.Deployment);
            tx.PutHazard(ContractData.HazardState());
            tx.AddFinds(ContractData.FindsOf(ts));
            tx.AddFinds(ContractData.FindsOf(done));
            tx.PutAccident(ContractData.AccidentRecord(accident));
        });
        Write(store, tx => tx.AddFinds(ContractData.ManyFinds(200)), WriteMode.Bulk);
        return path;
    }

    [Fact]
    public void Gdal_validator_accepts_a_store_with_data()
    {
        if (!Gdal.Available()) return;
        var path = StoreWithData();
        var (code, output) = Gdal.Validate(path);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ogrinfo_lists_the_layers_with_their_feature_counts()
    {
        if (!Gdal.Available()) return;
        var path = StoreWithData();
        var (code, output) = Gdal.OgrInfo("-ro", "-al", "-so", path);
        Assert.True(code == 0, output);
        var counts = FeatureCounts(output);
        Assert.Equal(1, counts["hazards"]);
        Assert.Equal(2, counts["released_areas"]);
        Assert.Equal(203, counts["finds"]); // 3 finds + 200 bulk
        Assert.Equal(1, counts["accidents"]);
        Assert.Equal(4, counts["reports"]);
        Assert.Contains("Geometry: Multi Polygon", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Olena", output, StringComparison.Ordinal);

        // A bbox query through GDAL uses our R-tree: the three finds of the hazard, none of the bulk grid.
        var (code2, spatial) = Gdal.OgrInfo("-ro", "-so", "-spat", "36", "49", "36.01", "49.01", path, "finds");
        Assert.True(code2 == 0, spatial);
        Assert.Equal(3, FeatureCounts(spatial)["finds"]);
    }

    private static Dictionary<string, int> FeatureCounts(string ogrinfo)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? layer = null;
        foreach (var line in ogrinfo.Split('\n'))
        {
            if (line.StartsWith("Layer name: ", StringComparison.Ordinal)) layer = line["Layer name: ".Length..].Trim();
            else if (layer is not null && line.StartsWith("Feature Count: ", StringComparison.Ordinal))
            {
                counts[layer] = int.Parse(line["Feature Count: ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return counts;
    }

    [Fact]
    public void A_copy_made_with_vacuum_into_validates_and_opens()
    {
        var source = StoreWithData();
        var copy = NewPath();
        using (var store = GeoPackageStore.Open(source)) store.CopyTo(copy);
        Assert.False(File.Exists(copy + "-wal"));
        using (var opened = GeoPackageStore.Open(copy, create: false))
        {
            Assert.Equal(203, opened.Finds().Count());
            Assert.Single(opened.Hazards());
        }
        if (!Gdal.Available()) return;
        var (code, output) = Gdal.Validate(copy);
        Assert.True(code == 0, output);
    }
}
