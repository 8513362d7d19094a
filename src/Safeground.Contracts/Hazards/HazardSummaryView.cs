using Safeground.Core.Hazards;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>A hazard in a list: identity, class, status and areas (m²); the whole state is at <see cref="Href"/>.</summary>
public sealed record HazardSummaryView(
    string Id,
    string? Name,
    string? Region,
    string Organisation,
    HazardClass Class,
    HazardStatus Status,
    double OriginalM2,
    double CancelledM2,
    double ReducedM2,
    double ClearedM2,
    double RemainingM2,
    int FindCount,
    int AccidentCount,
    DateOnly CreatedOn,
    DateOnly LastReportOn,
    string? HandedOverTo,
    string Href)
{
    public static HazardSummaryView From(HazardState h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new HazardSummaryView(h.HazardId, h.Name, h.Region, h.OrganisationId, h.Class, h.Status, h.OriginalM2, h.CancelledM2, h.ReducedM2,
            h.ClearedM2, h.RemainingM2, h.FindCount, h.AccidentCount, h.CreatedOn, h.LastReportOn, h.HandedOverTo, ApiLinks.Hazard(h.HazardId));
    }
}
