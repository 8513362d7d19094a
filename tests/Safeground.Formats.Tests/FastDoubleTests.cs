using System.Globalization;
using System.Text;
using Safeground.Formats.GeoJson;

namespace Safeground.Formats.Tests;

public class FastDoubleTests
{
    [Theory]
    [InlineData("16.81145962824358")]
    [InlineData("-0.000001")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("45")]
    [InlineData("9007199254740992")]
    [InlineData("0.1")]
    [InlineData("123456789.0123456")]
    public void Agrees_with_the_full_parser(string text)
    {
        Assert.True(FastDouble.TryParse(Encoding.ASCII.GetBytes(text), out double fast));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(fast));
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("17.123456789012345")]
    [InlineData("9007199254740993")]
    [InlineData("0.00000000000000000000001")]
    [InlineData("12345678901234567890")]
    public void Leaves_the_hard_cases_to_the_full_parser(string text) =>
        Assert.False(FastDouble.TryParse(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void Agrees_on_a_million_random_coordinates()
    {
        var random = new Random(7);
        int fast = 0;
        for (int i = 0; i < 1_000_000; i++)
        {
            double x = (random.NextDouble() * 360) - 180;
            string text = (i % 3) switch
            {
                0 => x.ToString("R", CultureInfo.InvariantCulture),
                1 => x.ToString("F6", CultureInfo.InvariantCulture),
                _ => x.ToString("F" + random.Next(0, 16), CultureInfo.InvariantCulture),
            };
            if (FastDouble.TryParse(Encoding.ASCII.GetBytes(text), out double value))
            {
                fast++;
                Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
            }
        }

        Assert.True(fast > 500_000, $"fast path taken {fast} times");
    }
}
