using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Storage;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>/finds: explosive ordnance found, per approved report (a national store holds millions: always paged).</summary>
internal static class FindEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/finds", List).WithTags("Finds").RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("Finds by report, filtered by bbox (minLon,minLat,maxLon,maxLat), category and date (from/to, inclusive), paged; positions as GeoJSON");
    }

    private static IResult List(HttpRequest request, ISafegroundStore store,
        string? bbox, string? category, string? from, string? to, string? limit, string? offset)
    {
        var query = new FindQuery(QueryValues.Bbox(bbox), QueryValues.Word<EoCategory>("category", category),
            QueryValues.Date("from", from), QueryValues.Date("to", to), QueryValues.Limit(limit), QueryValues.Offset(offset));
        var page = store.QueryFinds(query);
        return Results.Json(PagedList<object>.Of(page, View, request, query.Limit, query.Offset), ApiJson.Options);
    }

    private static object View(FindRecord f) => new
    {
        report = f.ReportId,
        index = f.Index,
        hazard = f.HazardId,
        organisation = f.OrganisationId,
        region = f.Region,
        date = f.Date,
        category = f.Find.Category,
        model = f.Find.Model,
        quantity = f.Find.Quantity,
        condition = f.Find.Condition,
        depthCm = f.Find.DepthCm,
        disposal = f.Find.Disposal,
        geometry = f.Find.Position,
    };
}
