namespace Safeground.Core.Reports;

/// <summary>
/// An immutable, dated record of what a team did or saw. Once stored it never changes: a mistake is
/// fixed by a new report that <see cref="Supersedes"/> it, with a <see cref="SupersedeReason"/>.
/// </summary>
/// <param name="DateOfInformation">The day the facts were true in the field; projections replay in this order.</param>
/// <param name="SubmittedAt">When the report reached Safeground; breaks ties between reports of the same day.</param>
/// <param name="AlsoHazards">Other hazards a release spans (split by hazard when replayed); Safeground fills it in at submission from the polygons.</param>
public sealed record Report(
    string Id,
    string? HazardId,
    string OrganisationId,
    string? TeamId,
    string? DeploymentId,
    DateOnly DateOfInformation,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    ReportBody Body,
    string? Supersedes = null,
    string? SupersedeReason = null,
    IReadOnlyList<string>? AlsoHazards = null)
{
    /// <summary>
    /// The hazards this report concerns: its own, then the others its release polygon reaches
    /// (<see cref="AlsoHazards"/>, set at submission), each of which takes its own part of the release.
    /// </summary>
    public IEnumerable<string> HazardIds()
    {
        if (HazardId is { } h) yield return h;
        if (AlsoHazards is null) yield break;
        foreach (var other in AlsoHazards) if (other != HazardId) yield return other;
    }

    /// <summary>Whether replaying <paramref name="hazardId"/> must include this report.</summary>
    public bool Concerns(string hazardId) => HazardId == hazardId || (AlsoHazards?.Contains(hazardId) ?? false);

    [System.Text.Json.Serialization.JsonIgnore]
    public ReportKind Kind => Body.Kind;
}
