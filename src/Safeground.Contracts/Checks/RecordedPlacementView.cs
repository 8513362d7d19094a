using Safeground.Core.Plausibility;

namespace Safeground.Contracts;

/// <summary>Where a claimed figure stands among the recorded deployments: how many are below or equal, its rank (0..1), their median and range, and a sentence.</summary>
public sealed record RecordedPlacementView(int Deployments, int Below, int Equal, double Rank, double Median, double Min, double Max, double? Overall, string Text)
{
    public static RecordedPlacementView? From(RecordedPlacement? r) => r is null ? null
        : new RecordedPlacementView(r.Deployments, r.Below, r.Equal, r.Rank, r.Median, r.Min, r.Max, r.Overall, r.Text);
}
