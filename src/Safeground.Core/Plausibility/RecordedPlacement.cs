using System.Globalization;

namespace Safeground.Core.Plausibility;

/// <summary>
/// Where a claim's figure falls among the same figure of recorded deployments: how many there are,
/// how many lie below it, their median and range, and the figure of all of them together.
/// </summary>
public sealed record RecordedPlacement(
    int Deployments,
    int Below,
    int Equal,
    double Median,
    double Min,
    double Max,
    double? Overall,
    string Text)
{
    /// <summary>The share of recorded deployments below the claim (ties count half): 0 lowest, 1 highest.</summary>
    public double Rank => Deployments == 0 ? 0 : (Below + 0.5 * Equal) / Deployments;

    /// <param name="what">The figure in words with its unit, e.g. "m²/deminer-day".</param>
    public static RecordedPlacement? Place(double claim, IReadOnlyList<double> recorded, double? overall, string unit)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Count == 0) return null;
        var sorted = recorded.Order().ToArray();
        int below = sorted.Count(v => v < claim), equal = sorted.Count(v => v == claim);
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        int n = sorted.Length;
        string deployments = n == 1 ? "the 1 recorded deployment" : $"{n} recorded deployments";
        string where = below == n ? $"above {(n == 1 ? deployments : "all " + deployments)}"
            : below == 0 && equal == 0 ? $"below {(n == 1 ? deployments : "all " + deployments)}"
            : below == 0 && equal == n ? $"the same as {(n == 1 ? deployments : "all " + deployments)}"
            : $"above {Percent((below + 0.5 * equal) / n)} of the {deployments}";
        var overallText = overall is { } o ? $"; all together {NumberText.Of(o)}" : "";
        var text = $"the claim's {NumberText.Of(claim)} {unit} is {where} (median {NumberText.Of(median)}, range {NumberText.Of(sorted[0])}–{NumberText.Of(sorted[^1])}{overallText})";
        return new RecordedPlacement(n, below, equal, median, sorted[0], sorted[^1], overall, text);
    }

    private static string Percent(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
