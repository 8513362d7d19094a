using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Reference;
using Safeground.Core.Storage;
using Safeground.Core.Text;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>
/// /organisations, /teams, /deployments: the reference data reports point to. Anyone signed in reads them; a data manager
/// or an admin adds, edits (PUT: everything but the retirement) and retires them, through <see cref="ReferenceEditor"/>
/// (the audit middleware writes each attempt). The id in a PUT's path is the record's: a body id is ignored.
/// </summary>
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

        Writes<Organisation>(api, "/organisations", "api.what.organisation",
            (e, o, by) => e.AddOrganisation(o, by), (e, id, o, by) => e.EditOrganisation(o with { Id = id }, by), (e, id, on, by) => e.RetireOrganisation(id, on, by));
        Writes<Team>(api, "/teams", "api.what.team",
            (e, t, by) => e.AddTeam(t, by), (e, id, t, by) => e.EditTeam(t with { Id = id }, by), (e, id, on, by) => e.RetireTeam(id, on, by));
        Writes<Deployment>(api, "/deployments", "api.what.deployment",
            (e, d, by) => e.AddDeployment(d, by), (e, id, d, by) => e.EditDeployment(d with { Id = id }, by), (e, id, on, by) => e.RetireDeployment(id, on, by));
    }

    private static void Writes<T>(RouteGroupBuilder api, string path, string whatId,
        Func<ReferenceEditor, T, Core.Access.User, T> add, Func<ReferenceEditor, string, T, Core.Access.User, T> edit,
        Func<ReferenceEditor, string, DateOnly, Core.Access.User, T> retire) where T : class
    {
        api.MapPost(path, async (HttpContext context, HttpRequest request, ISafegroundStore store, CancellationToken cancel) =>
                Results.Json(add(new ReferenceEditor(store), await ReportBodies.Read<T>(request, whatId, cancel), Caller.Of(context)), ApiJson.Options,
                    statusCode: StatusCodes.Status201Created))
            .RequireAuthorization(AccessPolicies.DataManager).Accepts<T>("application/json").WithTags("Reference data").WithSummary("Add one (data managers and admins); an id already taken is a conflict")
            .Answers<T>(StatusCodes.Status201Created).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        api.MapPut(path + "/{id}", async (string id, HttpContext context, HttpRequest request, ISafegroundStore store, CancellationToken cancel) =>
                Results.Json(edit(new ReferenceEditor(store), id, await ReportBodies.Read<T>(request, whatId, cancel), Caller.Of(context)), ApiJson.Options))
            .RequireAuthorization(AccessPolicies.DataManager).Accepts<T>("application/json").WithTags("Reference data").WithSummary("Edit one: everything but its retirement; the id is the path's, not the body's")
            .Answers<T>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapPost(path + "/{id}/retire", (string id, HttpContext context, ISafegroundStore store, TimeProvider clock, string? on) =>
                Results.Json(retire(new ReferenceEditor(store), id, Day(on, clock), Caller.Of(context)), ApiJson.Options))
            .RequireAuthorization(AccessPolicies.DataManager).WithTags("Reference data").WithSummary("Retire one as of a day (on=YYYY-MM-DD, default today): still known to old reports")
            .Answers<T>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    private static DateOnly Day(string? on, TimeProvider clock)
    {
        if (on is null) return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw QueryValues.Bad(Texts.Render("api.refdata.bad-day", ("value", on)));
    }

    private static IResult Paged<T>(IEnumerable<T> all, HttpRequest request, string? limit, string? offset) =>
        Results.Json(PagedList<T>.OfAll(all, request, QueryValues.Limit(limit), QueryValues.Offset(offset)), ApiJson.Options);
}
