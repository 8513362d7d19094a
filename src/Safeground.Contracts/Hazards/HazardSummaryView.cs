using Safeground.Core.Hazards;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>A hazard in a list: identity, class, status and areas (m²); the whole state is at <see cref="Href"/>.</summary>
/// <param name="ContaminationType">As the latest survey that stated one said; absent: not stated.</param>
/// <param name="SuggestedContaminationType">What its EO, suspected and found, suggests (ContaminationSuggestion); absent: no EO known.</param>
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
    string Href,
    ContaminationType? ContaminationType = null,
    ContaminationType? SuggestedContaminationType = null)
{
    public static HazardSummaryView From(HazardState h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new HazardSummaryView(h.HazardId, h.Name, h.Region, h.OrganisationId, h.Class, h.Status, h.OriginalM2, h.CancelledM2, h.ReducedM2,
            h.ClearedM2, h.RemainingM2, h.FindCount, h.AccidentCount, h.CreatedOn, h.LastReportOn, h.HandedOverTo, ApiLinks.Hazard(h.HazardId),
            h.ContaminationType, ContaminationSuggestion.Of(h));
    }
}
