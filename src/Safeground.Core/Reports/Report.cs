namespace Safeground.Core.Reports;

/// <summary>
/// An immutable, dated record of what a team did or saw. Once stored it never changes: a mistake is
/// fixed by a new report that <see cref="Supersedes"/> it, with a <see cref="SupersedeReason"/>.
/// </summary>
/// <param name="DateOfInformation">The day the facts were true in the field; projections replay in this order.</param>
/// <param name="SubmittedAt">When the report reached Safeground; breaks ties between reports of the same day.</param>
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
    string? SupersedeReason = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ReportKind Kind => Body.Kind;
}
