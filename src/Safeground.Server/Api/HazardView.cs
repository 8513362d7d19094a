using Safeground.Core.Projections;

namespace Safeground.Server.Api;

/// <summary>How a hazard's state leaves the API: a summary in lists, the whole state (geometries as GeoJSON) on its own.</summary>
internal static class HazardView
{
    public static object Summary(HazardState h) => new
    {
        id = h.HazardId,
        name = h.Name,
        region = h.Region,
        organisation = h.OrganisationId,
        @class = h.Class,
        status = h.Status,
        originalM2 = h.OriginalM2,
        cancelledM2 = h.CancelledM2,
        reducedM2 = h.ReducedM2,
        clearedM2 = h.ClearedM2,
        remainingM2 = h.RemainingM2,
        findCount = h.FindCount,
        accidentCount = h.AccidentCount,
        createdOn = h.CreatedOn,
        lastReportOn = h.LastReportOn,
        handedOverTo = h.HandedOverTo,
        href = Href(h.HazardId),
    };

    public static object Full(HazardState h) => new
    {
        id = h.HazardId,
        name = h.Name,
        region = h.Region,
        organisation = h.OrganisationId,
        @class = h.Class,
        status = h.Status,
        areas = new
        {
            originalM2 = h.OriginalM2,
            cancelledM2 = h.CancelledM2,
            reducedM2 = h.ReducedM2,
            clearedM2 = h.ClearedM2,
            remainingM2 = h.RemainingM2,
            releasedM2 = h.ReleasedM2,
        },
        geometry = h.Remaining.IsEmpty ? null : h.Remaining,
        original = h.Original.IsEmpty ? null : h.Original,
        defined = h.Defined,
        evidence = h.Evidence,
        suspectedCategories = h.SuspectedCategories,
        releases = h.Releases.Select(r => new
        {
            report = r.ReportId,
            method = r.Method,
            date = r.Date,
            areaM2 = r.AreaM2,
            claimedM2 = r.ClaimedM2,
            geometry = r.Area.IsEmpty ? null : r.Area,
        }),
        flags = h.RuleFlags,
        findCount = h.FindCount,
        accidentCount = h.AccidentCount,
        clearanceDepthCm = h.ClearanceDepthCm,
        createdOn = h.CreatedOn,
        lastReportOn = h.LastReportOn,
        lastReport = h.LastReportId,
        reportCount = h.ReportCount,
        handedOverTo = h.HandedOverTo,
        handedOverOn = h.HandedOverOn,
        links = new[]
        {
            new { rel = "timeline", href = Href(h.HazardId) + "/timeline" },
            new { rel = "reports", href = Href(h.HazardId) + "/reports" },
        },
    };

    private static string Href(string id) => "/api/v1/hazards/" + Uri.EscapeDataString(id);
}
