using Safeground.Core.Spatial;
using Safeground.Core.Reference;

namespace Safeground.Core.Tests.Reference;

/// <summary>Resolving a typed region name: exact regardless of case; otherwise an error that helps retype it.</summary>
public class RegionNamesTests
{
    private static Region R(string name) => new(name, Geo.Factory.CreatePolygon([new(0, 0), new(1, 0), new(1, 1), new(0, 0)]));

    private static readonly Region[] Bih = [R("Brčko District"), R("Federation of Bosnia and Herzegovina"), R("Republika Srpska")];

    [Theory]
    [InlineData("Republika Srpska")]
    [InlineData("republika srpska")]
    [InlineData("  REPUBLIKA SRPSKA ")]
    public void A_name_in_any_case_resolves(string typed) =>
        Assert.Equal("Republika Srpska", RegionNames.Resolve(Bih, typed, "bih.gpkg").Name);

    [Fact]
    public void A_name_typed_without_its_diacritics_resolves_when_it_can_mean_only_one() =>
        Assert.Equal("Brčko District", RegionNames.Resolve(Bih, "brcko district", "bih.gpkg").Name);

    [Theory]
    [InlineData("Srpska", "'Republika Srpska'")]
    [InlineData("Republika Srbska", "'Republika Srpska'")]
    [InlineData("brcko", "'Brčko District'")]
    public void A_near_miss_names_the_close_matches(string typed, string expected)
    {
        var e = Assert.Throws<SafegroundException>(() => RegionNames.Resolve(Bih, typed, "bih.gpkg"));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
        Assert.Equal($"region '{typed}' is not in bih.gpkg: did you mean {expected}?", e.Message);
    }

    [Fact]
    public void A_name_like_none_lists_the_regions()
    {
        var e = Assert.Throws<SafegroundException>(() => RegionNames.Resolve(Bih, "Sarajevo Canton", "bih.gpkg"));
        Assert.Equal("region 'Sarajevo Canton' is not in bih.gpkg: the regions are 'Brčko District', 'Federation of Bosnia and Herzegovina', 'Republika Srpska'", e.Message);
    }

    [Fact]
    public void A_store_without_boundaries_says_how_to_add_them()
    {
        var e = Assert.Throws<SafegroundException>(() => RegionNames.Resolve([], "Republika Srpska", "bih.gpkg"));
        Assert.Contains("bih.gpkg holds no region boundaries (import them with 'safeground regions import FILE --store bih.gpkg')", e.Message, StringComparison.Ordinal);
    }
}
