using Safeground.Core.Plausibility;

namespace Safeground.Core.Tests.Plausibility;

public class NumberTextTests
{
    [Theory]
    [InlineData(1_500_000, "1,500,000")]
    [InlineData(125, "125")]
    [InlineData(12.5, "12.5")]
    [InlineData(1.6666, "1.67")]
    [InlineData(0.013333, "0.0133")]
    [InlineData(0.00057, "0.00057")]
    [InlineData(0, "0")]
    [InlineData(40, "40")]
    public void Three_significant_digits_below_100_and_thousands_above(double v, string text) => Assert.Equal(text, NumberText.Of(v));
}
