using Safeground.Core.Plausibility;

namespace Safeground.Core.Tests.Plausibility;

public class AreaParserTests
{
    [Theory]
    [InlineData("150 ha", 1_500_000)]
    [InlineData("150 hectares", 1_500_000)]
    [InlineData("1 Hectare", 10_000)]
    [InlineData("150HA", 1_500_000)]
    [InlineData("1.5 km²", 1_500_000)]
    [InlineData("1.5 km2", 1_500_000)]
    [InlineData("1.5km2", 1_500_000)]
    [InlineData("1.5 sq km", 1_500_000)]
    [InlineData("1,500,000 m²", 1_500_000)]
    [InlineData("1 500 000 m2", 1_500_000)]
    [InlineData("1500000 sq m", 1_500_000)]
    [InlineData("1500000 sq. m", 1_500_000)]
    [InlineData("1500000 Square Metres", 1_500_000)]
    [InlineData("1500000 square meters", 1_500_000)]
    [InlineData("370 acres", 370 * 4_046.8564224)]
    [InlineData("1 acre", 4_046.8564224)]
    [InlineData("2 sq mi", 2 * 2_589_988.110336)]
    [InlineData("2 square miles", 2 * 2_589_988.110336)]
    [InlineData("25 football fields", 25 * 5_351)]
    [InlineData("25 American Football Fields", 25 * 5_351)]
    [InlineData("25 football pitches", 25 * 7_140)]
    [InlineData("25 soccer pitches", 25 * 7_140)]
    [InlineData("  .5 ha  ", 5_000)]
    [InlineData("0 ha", 0)]
    public void Reads_every_unit(string text, double m2)
    {
        Assert.Equal(m2, AreaParser.Parse(text).SquareMetres, 6);
    }

    [Fact]
    public void Says_which_football_field_it_took()
    {
        var american = AreaParser.Parse("25 football fields");
        Assert.Equal("American football fields", american.Unit);
        Assert.Contains("end zones", american.Note, StringComparison.Ordinal);
        var soccer = AreaParser.Parse("3 soccer pitches");
        Assert.Equal(7_140, soccer.UnitM2);
        Assert.Contains("105 × 68", soccer.Note, StringComparison.Ordinal);
        Assert.Null(AreaParser.Parse("150 ha").Note);
    }

    [Theory]
    [InlineData("3 furlongs", "unknown unit \"furlongs\"")]
    [InlineData("150", "no unit")]
    [InlineData("hectares", "does not start with a number")]
    [InlineData("", "no area given")]
    [InlineData("-5 ha", "cannot be negative")]
    [InlineData("1,5 ha", "write decimals with a point")]
    [InlineData("1,50,000 m2", "separate thousands with commas")]
    [InlineData("ha 150", "does not start with a number")]
    public void Refuses_what_it_cannot_read_saying_why(string text, string expected)
    {
        var e = Assert.Throws<SafegroundException>(() => AreaParser.Parse(text));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_lists_the_known_ones()
    {
        var e = Assert.Throws<SafegroundException>(() => AreaParser.Parse("3 furlongs"));
        foreach (var unit in new[] { "m²", "ha", "km²", "acres", "sq mi", "football fields", "soccer pitches" })
            Assert.Contains(unit, e.Message, StringComparison.Ordinal);
    }
}
