namespace Safeground.Core.Reports;

/// <summary>
/// What a roll-up needs of a report, without its payload: who filed it (team, deployment), when,
/// and the effort a clearance progress report declares. Stores serve it from columns, so a roll-up
/// of 420,000 reports does not parse 420,000 JSON documents.
/// </summary>
/// <param name="DeminerDays">Declared by clearance progress reports of manual and dog teams.</param>
/// <param name="MachineHours">Declared by clearance progress reports of mechanical teams.</param>
public sealed record ReportSummary(
    string Id,
    ReportKind Kind,
    string? HazardId,
    string OrganisationId,
    string? TeamId,
    string? DeploymentId,
    DateOnly DateOfInformation,
    double? DeminerDays,
    double? MachineHours);
