using Safeground.Core.Plausibility;

namespace Safeground.Core.Tests.Plausibility;

public class RecordedPlacementTests
{
    private static readonly double[] Ten = [10, 20, 25, 28, 30, 31, 33, 35, 40, 45];

    [Fact]
    public void A_claim_above_every_deployment_says_so_with_the_median()
    {
        var p = RecordedPlacement.Place(125, Ten, 29.5, "m²/deminer-day")!;
        Assert.Equal(10, p.Below);
        Assert.Equal(1.0, p.Rank);
        Assert.Equal(30.5, p.Median);
        Assert.Equal("the claim's 125 m²/deminer-day is above all 10 recorded deployments (median 30.5, range 10–45; all together 29.5)", p.Text);
    }

    [Fact]
    public void A_claim_inside_the_range_gets_its_share()
    {
        var p = RecordedPlacement.Place(12.5, Ten, null, "m²/deminer-day")!;
        Assert.Equal(1, p.Below);
        Assert.Contains("is above 10 % of the 10 recorded deployments (median 30.5", p.Text, StringComparison.Ordinal);
        var tie = RecordedPlacement.Place(30, Ten, null, "x")!;
        Assert.Equal(0.45, tie.Rank, 10); // 4 below, 1 equal
        Assert.Contains("below all 10", RecordedPlacement.Place(1, Ten, null, "x")!.Text, StringComparison.Ordinal);
        Assert.Null(RecordedPlacement.Place(1, [], null, "x"));
    }
}
