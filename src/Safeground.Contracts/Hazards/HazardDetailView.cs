using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>A hazard's whole state (<c>GET /api/v1/hazards/{id}</c>): areas, evidence, releases, rule flags; geometries as GeoJSON.</summary>
/// <param name="Geometry">The remaining polygon; absent when nothing remains.</param>
/// <param name="Original">The polygon as first recorded.</param>
/// <param name="ContaminationType">As the latest survey that stated one said; absent: not stated (roll-ups count it so).</param>
/// <param name="SuggestedContaminationType">What its EO, suspected and found, suggests (ContaminationSuggestion): for a data manager to confirm; absent: no EO known.</param>
public sealed record HazardDetailView(
    string Id,
    string? Name,
    string? Region,
    string Organisation,
    HazardClass Class,
    HazardStatus Status,
    HazardAreasView Areas,
    Geometry? Geometry,
    Geometry? Original,
    Geometry? Defined,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<EoCategory> SuspectedCategories,
    IReadOnlyList<ReleaseView> Releases,
    IReadOnlyList<RuleFlag> Flags,
    int FindCount,
    int AccidentCount,
    int? ClearanceDepthCm,
    DateOnly CreatedOn,
    DateOnly LastReportOn,
    string LastReport,
    int ReportCount,
    string? HandedOverTo,
    DateOnly? HandedOverOn,
    IReadOnlyList<LinkView> Links,
    ContaminationType? ContaminationType = null,
    ContaminationType? SuggestedContaminationType = null)
{
    public static HazardDetailView From(HazardState h)
    {
        ArgumentNullException.ThrowIfNull(h);
        var href = ApiLinks.Hazard(h.HazardId);
        return new HazardDetailView(h.HazardId, h.Name, h.Region, h.OrganisationId, h.Class, h.Status, HazardAreasView.From(h),
            h.Remaining.IsEmpty ? null : h.Remaining, h.Original.IsEmpty ? null : h.Original, h.Defined,
            h.Evidence, h.SuspectedCategories, h.Releases.Select(r => ReleaseView.From(r)).ToList(), h.RuleFlags,
            h.FindCount, h.AccidentCount, h.ClearanceDepthCm, h.CreatedOn, h.LastReportOn, h.LastReportId, h.ReportCount,
            h.HandedOverTo, h.HandedOverOn,
            [new LinkView("timeline", href + "/timeline"), new LinkView("reports", href + "/reports")],
            h.ContaminationType, ContaminationSuggestion.Of(h));
    }
}
