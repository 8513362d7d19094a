using Safeground.Core.Reports;

namespace Safeground.Core.Casualties;

/// <summary>An approved civilian incident as the roll-ups read it: the report, where it belongs, and its day.</summary>
/// <param name="Date">The day it happened (<see cref="CasualtyIncident.OccurredOn"/>): a period counts incidents that happened in it.</param>
public sealed record IncidentRecord(
    string ReportId,
    string? HazardId,
    string OrganisationId,
    string? Region,
    DateOnly Date,
    CasualtyIncident Incident)
{
    public static IncidentRecord? Of(Report report) =>
        report?.Body is CasualtyIncident incident
            ? new IncidentRecord(report.Id, report.HazardId, report.OrganisationId, incident.Region, incident.OccurredOn, incident)
            : null;

    /// <summary>Children (under 18) killed or injured: the figure child-protection and treaty reports ask for first.</summary>
    public int Children => (Incident.Killed ?? []).Concat(Incident.Injured ?? [])
        .Where(c => c is not null && c.Count > 0 && c.Age == People.AgeBand.Child).Sum(c => c.Count);
}
