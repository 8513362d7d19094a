using Safeground.Core.Plausibility;

namespace Safeground.Contracts;

/// <summary>One figure of a claim: its value (absent when infinite), the reference it is judged by, the verdict and why, and where it stands among the recorded deployments.</summary>
public sealed record ClaimFigureView(
    string Id,
    string Label,
    double? Value,
    string Unit,
    string Reference,
    Verdict Verdict,
    string Reason,
    string? Rule,
    RecordedPlacementView? Recorded)
{
    public static ClaimFigureView From(ClaimFigure f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new ClaimFigureView(f.Id, f.Label, double.IsFinite(f.Value) ? f.Value : null, f.Unit, f.Reference, f.Verdict, f.Reason, f.Rule,
            RecordedPlacementView.From(f.Recorded));
    }
}
