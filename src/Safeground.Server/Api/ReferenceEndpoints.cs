using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Reference;
using Safeground.Core.Storage;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>/organisations, /teams, /deployments: the reference data reports point to.</summary>
internal static class ReferenceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organisations", (HttpRequest request, IReferenceStore store, string? limit, string? offset) =>
            Paged(store.Organisations(), request, limit, offset)).WithTags("Reference data").RequireAuthorization(AccessPolicies.Caller).WithSummary("Operators and authorities, by id")
            .Answers<PagedList<Organisation>>().Problems(StatusCodes.Status400BadRequest);
        api.MapGet("/teams", (HttpRequest request, IReferenceStore store, string? organisation, string? limit, string? offset) =>
            Paged(store.Teams().Where(t => organisation is null || t.OrganisationId == organisation), request, limit, offset))
            .WithTags("Reference data").RequireAuthorization(AccessPolicies.Caller).WithSummary("Teams, by id, optionally of one organisation")
            .Answers<PagedList<Team>>().Problems(StatusCodes.Status400BadRequest);
        api.MapGet("/deployments", (HttpRequest request, IReferenceStore store, string? team, string? limit, string? offset) =>
            Paged(store.Deployments().Where(d => team is null || d.TeamId == team), request, limit, offset))
            .WithTags("Reference data").RequireAuthorization(AccessPolicies.Caller).WithSummary("Deployments, by id, optionally of one team")
            .Answers<PagedList<Deployment>>().Problems(StatusCodes.Status400BadRequest);
    }

    private static IResult Paged<T>(IEnumerable<T> all, HttpRequest request, string? limit, string? offset) =>
        Results.Json(PagedList<T>.OfAll(all, request, QueryValues.Limit(limit), QueryValues.Offset(offset)), ApiJson.Options);
}
