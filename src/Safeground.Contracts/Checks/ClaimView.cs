using Safeground.Core.Plausibility;

namespace Safeground.Contracts;

/// <summary>
/// Is a reported total believable (<c>POST /api/v1/checks/claim</c>, <c>safeground check claim --json</c>): figure by figure,
/// the worst verdict overall, notes.
/// </summary>
/// <param name="Recorded">The recorded deployments the figures were set against; only in the CLI's output (the API
/// answers with each figure's placement, not the national list of deployments).</param>
public sealed record ClaimView(
    ClaimInputView Claim,
    string Programme,
    Verdict Verdict,
    IReadOnlyList<ClaimFigureView> Figures,
    IReadOnlyList<string> Notes,
    RecordedDataView? Recorded = null)
{
    public static ClaimView From(ClaimAssessment a, IReadOnlyList<string>? moreNotes = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ClaimView(ClaimInputView.From(a.Claim), a.Programme, a.Overall, a.Figures.Select(ClaimFigureView.From).ToList(),
            moreNotes is null ? a.Notes : [.. a.Notes, .. moreNotes]);
    }
}
