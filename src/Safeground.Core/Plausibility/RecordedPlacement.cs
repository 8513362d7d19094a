using System.Globalization;
using Safeground.Core.Text;

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
        string all = Texts.Render(n == 1 ? "placement.the-one" : "placement.all", ("n", n));
        string where = below == n ? Texts.Render("placement.above", ("deployments", all))
            : below == 0 && equal == 0 ? Texts.Render("placement.below", ("deployments", all))
            : below == 0 && equal == n ? Texts.Render("placement.same", ("deployments", all))
            : Texts.Render("placement.above-share", ("percent", Math.Round((below + 0.5 * equal) / n * 100)), ("n", n));
        var text = overall is { } o
            ? Texts.Render("placement.overall", ("claim", claim), ("unit", unit), ("where", where), ("median", median), ("low", sorted[0]), ("high", sorted[^1]), ("overall", o))
            : Texts.Render("placement.text", ("claim", claim), ("unit", unit), ("where", where), ("median", median), ("low", sorted[0]), ("high", sorted[^1]));
        return new RecordedPlacement(n, below, equal, median, sorted[0], sorted[^1], overall, text);
    }
}
