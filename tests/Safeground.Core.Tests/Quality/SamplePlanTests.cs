using Safeground.Core.Quality;

namespace Safeground.Core.Tests.Quality;

/// <summary>The QC sample plan follows ISO 2859-1 level II with acceptance number 0, one item per m² of released land.</summary>
public class SamplePlanTests
{
    [Theory]
    [InlineData(5, 'A', 2)]
    [InlineData(8, 'A', 2)]
    [InlineData(9, 'B', 3)]
    [InlineData(500, 'H', 50)]
    [InlineData(501, 'J', 80)]
    [InlineData(1_200, 'J', 80)]
    [InlineData(2_500, 'K', 125)]
    [InlineData(10_000, 'L', 200)]
    [InlineData(10_000.2, 'M', 315)] // a part of a square metre is still a square metre to search
    [InlineData(120_000, 'N', 500)]
    [InlineData(500_000, 'P', 800)]
    [InlineData(3_000_000, 'Q', 1_250)]
    public void The_lot_size_gives_the_code_letter_and_sample_size(double lotM2, char letter, long sampleM2)
    {
        var plan = SamplePlan.For(lotM2);
        Assert.Equal((letter, sampleM2, 0), (plan.CodeLetter, plan.SampleM2, plan.AcceptanceNumber));
    }

    [Fact]
    public void A_lot_smaller_than_its_sample_is_searched_whole()
    {
        var plan = SamplePlan.For(1.5);
        Assert.Equal((2L, 'A', 2L), (plan.LotM2, plan.CodeLetter, plan.SampleM2));
        Assert.Equal(1L, SamplePlan.For(0.4).SampleM2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    public void A_lot_without_area_has_no_plan(double lotM2) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SamplePlan.For(lotM2));
}
