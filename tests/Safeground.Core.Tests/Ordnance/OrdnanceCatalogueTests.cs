using Safeground.Core.Ordnance;

namespace Safeground.Core.Tests.Ordnance;

/// <summary>The ordnance catalogue finds a model however it is written, and offers the close names for one it does not hold.</summary>
public class OrdnanceCatalogueTests
{
    private static readonly OrdnanceCatalogue Seed = OrdnanceCatalogue.Seed;

    [Theory]
    [InlineData("PMN-2")]
    [InlineData("PMN2")]
    [InlineData("pmn-2")]
    [InlineData(" pmn 2 ")]
    [InlineData("ПМН-2")]
    [InlineData("пмн2")]
    public void A_model_is_found_whatever_its_case_hyphens_spaces_or_script(string typed) =>
        Assert.Equal("PMN-2", Seed.Find(typed)?.Name);

    [Theory]
    [InlineData("Claymore", "M18A1")]
    [InlineData("ШОАБ-0,5", "ShOAB-0.5")]
    [InlineData("ПФМ-1С", "PFM-1S")]
    [InlineData("9Н210", "9N210")]
    [InlineData("Герань-2", "Shahed-136")]
    [InlineData("122mm HE projectile", "122 mm projectile")]
    [InlineData("82mm mortar bomb (abandoned)", "82 mm mortar bomb")]
    [InlineData("IED (pressure plate)", "IED pressure plate")]
    public void An_alias_or_a_bracketed_note_finds_the_model(string typed, string model) =>
        Assert.Equal(model, Seed.Find(typed)?.Name);

    [Theory]
    [InlineData("PFM-1")]
    [InlineData("PMN")]
    [InlineData("XYZ-99")]
    public void Close_names_are_not_the_same_model(string typed) =>
        Assert.NotEqual("PMN-2", Seed.Find(typed)?.Name);

    [Fact]
    public void Every_model_the_demo_and_the_brief_name_is_seeded()
    {
        string[] names = ["PMN", "PMN-2", "PMN-4", "PFM-1", "PFM-1S", "POM-2", "POM-3", "OZM-72", "MON-50", "MON-90", "MON-100", "MON-200",
            "TM-57", "TM-62M", "TM-72", "TM-83", "PTM-1", "PTM-3", "PTM-4", "M14", "M16", "M18A1", "M15", "M19", "PROM-1", "VS-50", "TS-50",
            "VS-1.6", "BLU-97", "9N210", "9N235", "ShOAB-0.5", "RGD-5", "F-1", "RGO", "RGN", "VOG-17", "VOG-25", "PG-7", "OG-7",
            "82 mm mortar bomb", "120 mm mortar bomb", "122 mm projectile", "152 mm projectile", "9M22", "9M27K", "9M55K", "KAB-500",
            "FAB-250", "Lancet", "TM-62M", "120mm mortar bomb", "152mm HE projectile", "IED (tripwire, F-1 grenade)", "PG-7V rocket (abandoned)",
            "RGD-5 grenade (abandoned)", "7.62x39mm", "5.45x39mm", "12.7x108mm", "VOG-17"];
        Assert.DoesNotContain(names, n => Seed.Find(n) is null);
        Assert.InRange(Seed.Models.Count, 100, 200);
    }

    [Fact]
    public void The_seed_states_each_models_category_fuzes_and_a_hazard_note()
    {
        Assert.All(Seed.Models, m =>
        {
            Assert.NotEmpty(m.Fuzes);
            Assert.False(string.IsNullOrWhiteSpace(m.Hazard));
            Assert.Null(m.RetiredOn);
        });
        var pmn2 = Seed.Find("PMN-2")!;
        Assert.Equal(EoCategory.ApMine, pmn2.Category);
        Assert.Equal([FuzeKind.Pressure], pmn2.Fuzes);
        Assert.Equal("USSR", pmn2.Country);
        Assert.Equal([FuzeKind.Command, FuzeKind.Tripwire], Seed.Find("MON-50")!.Fuzes);
        Assert.Equal(EoCategory.Submunition, Seed.Find("BLU-97")!.Category);
        Assert.Equal(EoCategory.AtMine, Seed.Find("TM-62M")!.Category);
    }

    [Theory]
    [InlineData("PMN-3", "PMN")]
    [InlineData("TM-62", "TM-62M")]
    [InlineData("PMN-22", "PMN-2")]
    [InlineData("MON-10", "MON-100")]
    [InlineData("POM2R", "POM-2")]
    public void A_name_not_held_gets_the_close_models(string typed, string expected)
    {
        var close = Seed.Suggest(typed);
        Assert.Contains(expected, close.Select(m => m.Name));
        Assert.InRange(close.Count, 1, 3);
    }

    [Fact]
    public void Of_equally_close_names_the_one_that_starts_as_typed_comes_first() =>
        Assert.Equal(["PMN", "PMN-2", "PMN-4"], Seed.Suggest("PMN-3").Select(m => m.Name));

    [Fact]
    public void Nothing_is_suggested_for_a_name_unlike_any()
    {
        Assert.Empty(Seed.Suggest("zzzzqqqq"));
        Assert.Empty(Seed.Suggest(" - "));
    }

    [Fact]
    public void A_search_finds_names_and_aliases_containing_the_words()
    {
        var mon = Seed.Search("mon").Select(m => m.Name).ToList();
        Assert.Equal(["MON-100", "MON-200", "MON-50", "MON-90"], mon.Take(4).Order(StringComparer.Ordinal));
        Assert.Contains("M18A1", Seed.Search("claymore").Select(m => m.Name));
        Assert.Equal(Seed.Models.Count, Seed.Search("").Count);
    }

    [Fact]
    public void Two_models_answering_to_one_name_are_refused()
    {
        var a = new OrdnanceModel("PMN-2", EoCategory.ApMine, [FuzeKind.Pressure], null, [], null);
        var b = new OrdnanceModel("Other", EoCategory.ApMine, [FuzeKind.Pressure], null, ["pmn 2"], null);
        var e = Assert.Throws<SafegroundException>(() => new OrdnanceCatalogue([a, b]));
        Assert.Contains("PMN-2", e.Message, StringComparison.Ordinal);
        Assert.Contains("Other", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_model_is_still_found_but_no_longer_offered()
    {
        var retired = new OrdnanceModel("M2", EoCategory.ApMine, [FuzeKind.Tripwire], null, [], "USA", new DateOnly(2026, 1, 1));
        var catalogue = new OrdnanceCatalogue([retired, Seed.Find("M14")!]);
        Assert.Equal(retired, catalogue.Find("m2"));
        Assert.Equal(["M14"], catalogue.Active.Select(m => m.Name));
    }
}
