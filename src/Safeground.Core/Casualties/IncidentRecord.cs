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
}
