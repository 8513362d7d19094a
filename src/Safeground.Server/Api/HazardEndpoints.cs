using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Rules;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Rollups;
using Safeground.Core.Storage;
using Safeground.Contracts;
using Safeground.Server.Access;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>/hazards: the projected state of each hazard, its timeline and its reports.</summary>
internal static class HazardEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/hazards").WithTags("Hazards").RequireAuthorization(AccessPolicies.Caller);
        g.MapGet("", List).WithSummary("Hazards by id, filtered by bbox (minLon,minLat,maxLon,maxLat: meets the remaining polygon's bounding box), status, class, organisation and region, paged")
            .Answers<PagedList<HazardSummaryView>>().Problems(StatusCodes.Status400BadRequest);
        g.MapGet("/{id}", Show).WithSummary("A hazard's state: areas, evidence, releases, rule flags; geometries as GeoJSON")
            .Answers<HazardDetailView>().Problems(StatusCodes.Status404NotFound);
        g.MapGet("/{id}/timeline", Timeline).WithSummary("The hazard's area after each approved report that changed it (safeground timeline)")
            .Answers<TimelineView>().Problems(StatusCodes.Status404NotFound);
        g.MapGet("/{id}/reports", Reports).WithSummary("Every report of the hazard, whatever its status, in replay order")
            .Answers<HazardReportsView>().Problems(StatusCodes.Status404NotFound);
    }

    private static IResult List(HttpRequest request, IProjectionStore store,
        string? bbox, string? status, string? @class, string? organisation, string? region, string? limit, string? offset)
    {
        var query = new HazardQuery(QueryValues.Bbox(bbox), QueryValues.Word<HazardStatus>("status", status),
            QueryValues.Word<HazardClass>("class", @class), organisation, region, QueryValues.Limit(limit), QueryValues.Offset(offset));
        var page = store.QueryHazards(query);
        return Results.Json(PagedList<HazardSummaryView>.Of(page, HazardSummaryView.From, request, query.Limit, query.Offset), ApiJson.Options);
    }

    private static IResult Show(string id, ISafegroundStore store) =>
        Results.Json(HazardDetailView.From(Find(store, id)), ApiJson.Options);

    private static IResult Timeline(string id, ISafegroundStore store)
        => Results.Json(new TimelineView(null, id, HazardTimeline.Of(store, id, StoredProgramme.Of(store))), ApiJson.Options);

    private static IResult Reports(string id, HttpContext context, ISafegroundStore store)
    {
        var user = Access.Caller.Of(context);
        var reports = store.ReportsOfHazard(id).Where(r => AccessPolicy.CanSeeReport(user, r.Report.OrganisationId, r.Status)).ToList();
        if (reports.Count == 0) Find(store, id);
        return Results.Json(new HazardReportsView(id, reports.Select(ReportSummaryView.From).ToList()), ApiJson.Options);
    }

    private static HazardState Find(ISafegroundStore store, string id) =>
        store.FindHazard(id) ?? throw SafegroundException.NotFound(Texts.Render("api.hazard.not-found", ("hazard", id), ("location", store.Location)));
}
