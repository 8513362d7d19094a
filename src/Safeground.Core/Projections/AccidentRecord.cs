using Safeground.Core.Reports;

namespace Safeground.Core.Projections;

/// <summary>An accident as a projection row: the approved accident report and where it belongs.</summary>
public sealed record AccidentRecord(
    string ReportId,
    string? HazardId,
    string OrganisationId,
    string? Region,
    DateOnly Date,
    AccidentReport Accident);
