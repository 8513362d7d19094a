using Safeground.Core.Reports;

namespace Safeground.Storage.Memory;

/// <summary>
/// A stored report: its serialized payload, kept byte for byte and parsed again on every read (so a caller never
/// holds the stored object, as with the real stores), the columns the queries filter on, and its current status.
/// </summary>
internal sealed record ReportRow(
    string Id,
    ReportKind Kind,
    string? HazardId,
    IReadOnlyList<string> AlsoHazards,
    string OrganisationId,
    string? TeamId,
    string? DeploymentId,
    DateOnly DateOfInformation,
    DateTimeOffset SubmittedAt,
    double? DeminerDays,
    double? MachineHours,
    byte[] Payload,
    ReportStatus Status,
    string? StatusReason,
    DateTimeOffset? DecidedAt,
    string? DecidedBy)
{
    /// <summary>Replay order: date of information, submission instant, id (ordinal).</summary>
    public static readonly IComparer<ReportRow> ReplayOrder = Comparer<ReportRow>.Create((a, b) =>
    {
        int c = a.DateOfInformation.CompareTo(b.DateOfInformation);
        if (c == 0) c = a.SubmittedAt.UtcTicks.CompareTo(b.SubmittedAt.UtcTicks);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    public static ReportRow Of(Report report, ReportEvent current, byte[] payload)
    {
        var effort = report.Body as ClearanceProgress;
        var also = (report.AlsoHazards ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new ReportRow(report.Id, report.Kind, report.HazardId, also, report.OrganisationId, report.TeamId, report.DeploymentId,
            report.DateOfInformation, report.SubmittedAt, effort?.DeminerDays, effort?.MachineHours, payload, ReportStatus.Submitted,
            null, null, null).Moved(current);
    }

    /// <summary>The row with its status moved to <paramref name="e"/>; a submission is not a decision, so it clears decided at/by.</summary>
    public ReportRow Moved(ReportEvent e) => this with
    {
        Status = e.Status,
        StatusReason = e.Reason,
        DecidedAt = e.Status == ReportStatus.Submitted ? null : e.At.ToUniversalTime(),
        DecidedBy = e.Status == ReportStatus.Submitted ? null : e.By,
    };

    public bool Concerns(string hazardId) =>
        string.Equals(HazardId, hazardId, StringComparison.Ordinal) || AlsoHazards.Contains(hazardId, StringComparer.Ordinal);

    public Report Report() => ReportJson.Deserialize(Payload.AsSpan());

    public ReportRecord Record() => new(Report(), Status, StatusReason, DecidedAt, DecidedBy);

    public ReportSummary Summary() =>
        new(Id, Kind, HazardId, OrganisationId, TeamId, DeploymentId, DateOfInformation, DeminerDays, MachineHours);

    public ReportHeader Header() => new(Id, Kind, HazardId, AlsoHazards, OrganisationId, Status, DecidedAt);
}
