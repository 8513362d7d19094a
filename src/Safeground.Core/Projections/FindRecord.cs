using Safeground.Core.Ordnance;

namespace Safeground.Core.Projections;

/// <summary>A find as a projection row: the find itself plus the approved report it came from and where it belongs.</summary>
public sealed record FindRecord(
    string ReportId,
    int Index,
    string? HazardId,
    string OrganisationId,
    string? Region,
    DateOnly Date,
    EoFind Find);
