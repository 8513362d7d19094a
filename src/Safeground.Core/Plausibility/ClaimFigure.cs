namespace Safeground.Core.Plausibility;

/// <summary>
/// One line of an assessment: a figure that follows from the claim, its value and unit, what it is
/// held against, the verdict and the reason in plain words.
/// </summary>
/// <param name="Id">A stable name for scripts ("eo-density", "area-per-person-day").</param>
/// <param name="Rule">The programme rule that set the threshold, if one did.</param>
/// <param name="Recorded">Where the figure falls among the recorded deployments, when a store was given.</param>
public sealed record ClaimFigure(
    string Id,
    string Label,
    double Value,
    string Unit,
    string Reference,
    Verdict Verdict,
    string Reason,
    string? Rule = null,
    RecordedPlacement? Recorded = null);
