namespace Safeground.Core.Reports;

/// <summary>
/// A report without its payload: who it is from, which hazards it concerns and where it stands. What a sync's
/// manifest lists for 420,000 reports, read from columns instead of parsing every report.
/// </summary>
/// <param name="AlsoHazards">The other hazards its release spans (<see cref="Report.AlsoHazards"/>), in id order, empty when none.</param>
/// <param name="DecidedAt">The last approval, rejection or supersession; null while pending.</param>
public sealed record ReportHeader(
    string Id,
    ReportKind Kind,
    string? HazardId,
    IReadOnlyList<string> AlsoHazards,
    string OrganisationId,
    ReportStatus Status,
    DateTimeOffset? DecidedAt)
{
    public static ReportHeader Of(ReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var r = record.Report;
        var also = (r.AlsoHazards ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ReportHeader(r.Id, r.Kind, r.HazardId, also, r.OrganisationId, record.Status, record.DecidedAt);
    }

    /// <summary>Its own hazard, then the others its release spans.</summary>
    public IEnumerable<string> HazardIds() => HazardId is { } h ? AlsoHazards.Where(a => a != h).Prepend(h) : AlsoHazards;
}
