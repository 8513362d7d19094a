using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Storage;
using Safeground.Contracts;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>
/// /accidents: what happened, where and to how many. Victims leave only as counts by outcome and gender:
/// names, birth dates and addresses are personal data (IMAS 10.60); only the accident report itself shows them, and only to
/// data managers and admins allowed to see that organisation's personal data.
/// </summary>
internal static class AccidentEndpoints
{
    public const string PersonalDataNote =
        "Victims are served in lists only as counts by outcome and by gender. Their names, dates of birth and addresses are personal data: " +
        "an accident report (/reports/{id}) shows them only to data managers and admins of the national authority or of the report's organisation.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/accidents", List).WithTags("Accidents").RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("Accidents by report, filtered by hazard, organisation and date (from/to), paged; victims as counts only")
            .WithDescription(PersonalDataNote)
            .Answers<PagedList<AccidentView>>().Problems(StatusCodes.Status400BadRequest);
    }

    private static IResult List(HttpRequest request, IProjectionStore store,
        string? hazard, string? organisation, string? from, string? to, string? limit, string? offset)
    {
        var fromDate = QueryValues.Date("from", from);
        var toDate = QueryValues.Date("to", to);
        int l = QueryValues.Limit(limit), o = QueryValues.Offset(offset);
        // Accidents number in the thousands even nationally: filtered from the stream.
        var matching = store.Accidents().Where(a =>
            (hazard is null || a.HazardId == hazard) && (organisation is null || a.OrganisationId == organisation)
            && (fromDate is null || a.Date >= fromDate) && (toDate is null || a.Date <= toDate)).Select(AccidentView.From);
        return Results.Json(PagedList<AccidentView>.OfAll(matching, request, l, o), ApiJson.Options);
    }
}
