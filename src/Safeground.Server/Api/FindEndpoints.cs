using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;
using Safeground.Contracts;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>/finds: explosive ordnance found, per approved report (a national store holds millions: always paged).</summary>
internal static class FindEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/finds", List).WithTags("Finds").RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("Finds by report, filtered by bbox (minLon,minLat,maxLon,maxLat), category and date (from/to, inclusive), paged; positions as GeoJSON")
            .Answers<PagedList<FindView>>().Problems(StatusCodes.Status400BadRequest);
    }

    private static IResult List(HttpRequest request, IProjectionStore store,
        string? bbox, string? category, string? from, string? to, string? limit, string? offset)
    {
        var query = new FindQuery(QueryValues.Bbox(bbox), QueryValues.Word<EoCategory>("category", category),
            QueryValues.Date("from", from), QueryValues.Date("to", to), QueryValues.Limit(limit), QueryValues.Offset(offset));
        var page = store.QueryFinds(query);
        return Results.Json(PagedList<FindView>.Of(page, FindView.From, request, query.Limit, query.Offset), ApiJson.Options);
    }
}
