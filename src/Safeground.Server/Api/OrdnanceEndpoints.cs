using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Contracts;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;
using Safeground.Core.Text;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>
/// /ordnance: the programme's ordnance catalogue. Anyone signed in reads and searches it (a form offers its models);
/// a data manager or an admin adds, replaces and retires models (<see cref="OrdnanceEditor"/>; the audit log has each).
/// </summary>
internal static class OrdnanceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/ordnance");
        g.MapGet("", List).RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("The catalogue's models; q: a name or alias however written (close names too); all=true: retired models too").WithTags("Ordnance catalogue")
            .Answers<List<OrdnanceModelView>>().Problems();
        g.MapGet("/{name}", Show).RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("One model by its name or an alias, however written; 404 names the close ones").WithTags("Ordnance catalogue")
            .Answers<OrdnanceModelView>().Problems(StatusCodes.Status404NotFound);
        g.MapPost("", Add).RequireAuthorization(AccessPolicies.DataManager).Accepts<OrdnanceModelInput>("application/json")
            .WithSummary("Add a model; a name or alias another model answers to is a conflict").WithTags("Ordnance catalogue")
            .Answers<OrdnanceModelView>(StatusCodes.Status201Created).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapPut("/{name}", Replace).RequireAuthorization(AccessPolicies.DataManager).Accepts<OrdnanceModelInput>("application/json")
            .WithSummary("Replace a model (a new name keeps the old one as an alias); its retirement stays as it was").WithTags("Ordnance catalogue")
            .Answers<OrdnanceModelView>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapPost("/{name}/retire", Retire).RequireAuthorization(AccessPolicies.DataManager)
            .WithSummary("Retire a model as of a day (on=YYYY-MM-DD, default today): still known to finds, no longer offered").WithTags("Ordnance catalogue")
            .Answers<OrdnanceModelView>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static IResult List(IReferenceStore store, string? q, string? all)
    {
        var catalogue = OrdnanceCatalogue.Of(store);
        bool retired = all is not null && (all.Equals("true", StringComparison.OrdinalIgnoreCase) || all == "1");
        var models = catalogue.Search(q).Where(m => retired || !m.Retired).Select(OrdnanceModelView.From).ToList();
        return Results.Json(models, ApiJson.Options);
    }

    private static IResult Show(string name, ISafegroundStore store) =>
        Results.Json(OrdnanceModelView.From(OrdnanceCatalogue.Of(store).Resolve(name, Products.ProductSource.Of(store))), ApiJson.Options);

    private static async Task<IResult> Add(HttpContext context, HttpRequest request, ISafegroundStore store, CancellationToken cancel)
    {
        var input = await ReportBodies.Read<OrdnanceModelInput>(request, "api.what.ordnance-model", cancel);
        var added = new OrdnanceEditor(store, Products.ProductSource.Of(store)).Add(input.ToModel(), Caller.Of(context));
        return Results.Json(OrdnanceModelView.From(added), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Replace(string name, HttpContext context, HttpRequest request, ISafegroundStore store, CancellationToken cancel)
    {
        var input = await ReportBodies.Read<OrdnanceModelInput>(request, "api.what.ordnance-model", cancel);
        var replaced = new OrdnanceEditor(store, Products.ProductSource.Of(store)).Edit(name, old => input.ToModel(old.RetiredOn), Caller.Of(context));
        return Results.Json(OrdnanceModelView.From(replaced), ApiJson.Options);
    }

    private static IResult Retire(string name, HttpContext context, ISafegroundStore store, TimeProvider clock, string? on)
    {
        DateOnly day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (on is not null && !DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            throw QueryValues.Bad(Texts.Render("api.ordnance.bad-day", ("value", on)));
        return Results.Json(OrdnanceModelView.From(new OrdnanceEditor(store, Products.ProductSource.Of(store)).Retire(name, day, Caller.Of(context))), ApiJson.Options);
    }
}
