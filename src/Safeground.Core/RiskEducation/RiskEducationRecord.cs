namespace Safeground.Core.RiskEducation;

/// <summary>
/// A risk-education session as a projection row (the map layer and the roll-ups): the approved report and where
/// it belongs. The session itself comes from the report's payload; the row holds only counts, never people.
/// </summary>
public sealed record RiskEducationRecord(
    string ReportId,
    string OrganisationId,
    string? TeamId,
    string? Region,
    DateOnly Date,
    RiskEducationSession Session)
{
    /// <summary>The row of <paramref name="report"/>, or null when it is no risk-education session.</summary>
    public static RiskEducationRecord? Of(Reports.Report report, string? region) =>
        report.Body is RiskEducationSession s
            ? new RiskEducationRecord(report.Id, report.OrganisationId, report.TeamId, s.Region ?? region, report.DateOfInformation, s)
            : null;

    /// <summary>How many people of the audience satisfy <paramref name="which"/>.</summary>
    public int Count(Func<People.PeopleCount, bool> which) => (Session.Audience ?? []).Where(c => c is not null && c.Count > 0 && which(c)).Sum(c => c.Count);
}
