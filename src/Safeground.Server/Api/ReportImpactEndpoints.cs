using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Rules;
using Safeground.Core.Lifecycle;
using Safeground.Core.Storage;
using Safeground.Server.Access;
using Safeground.Contracts;

namespace Safeground.Server.Api;

/// <summary>
/// /reports/{id}/impact: what a report changes, for the review queue: each of its hazards before and after
/// (areas, remaining polygon, status), the land it releases and the rules it breaks. Computed by
/// <see cref="ReportImpact"/> with the replay approval makes; nothing is stored.
/// </summary>
internal static class ReportImpactEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports/{id}/impact", Impact).WithTags("Reports").RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("What the report changes: each hazard it concerns without it and with it (areas, remaining polygon, status), the land it releases and the rules it breaks")
            .Answers<ImpactView>().Problems(StatusCodes.Status404NotFound);
    }

    private static IResult Impact(string id, HttpContext context, ISafegroundStore store)
    {
        var record = ReportEndpoints.Visible(store, Caller.Of(context), id);
        var report = record.Report;
        var changes = ReportImpact.Of(store, report, StoredProgramme.Of(store));
        return Results.Json(new ImpactView(ReportEndpoints.Summary(record), report.Body.AllFinds.Sum(f => (long)f.Quantity),
            changes.Select(c => HazardImpactView.From(c, id)).ToList()), ApiJson.Options);
    }
}
