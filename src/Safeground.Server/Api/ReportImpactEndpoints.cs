using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Rules;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Storage;
using Safeground.Server.Access;

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
            .WithSummary("What the report changes: each hazard it concerns without it and with it (areas, remaining polygon, status), the land it releases and the rules it breaks");
    }

    private static IResult Impact(string id, HttpContext context, ISafegroundStore store)
    {
        var record = ReportEndpoints.Visible(store, Caller.Of(context), id);
        var report = record.Report;
        var changes = ReportImpact.Of(store, report, StoredProgramme.Of(store));
        return Results.Json(new
        {
            report = ReportEndpoints.Summary(record),
            finds = report.Body.AllFinds.Sum(f => f.Quantity),
            hazards = changes.Select(c => new
            {
                id = c.HazardId,
                before = State(c.Before),
                after = State(c.After),
                releases = c.ReleasesBy(id).Select(r => new { method = r.Method, date = r.Date, areaM2 = r.AreaM2, claimedM2 = r.ClaimedM2, geometry = r.Area.IsEmpty ? null : r.Area }),
                flags = c.After?.RuleFlags.Where(f => f.ReportId == id) ?? [],
            }),
        }, ApiJson.Options);
    }

    private static object? State(HazardState? h) => h is null ? null : new
    {
        @class = h.Class,
        status = h.Status,
        originalM2 = h.OriginalM2,
        cancelledM2 = h.CancelledM2,
        reducedM2 = h.ReducedM2,
        clearedM2 = h.ClearedM2,
        remainingM2 = h.RemainingM2,
        findCount = h.FindCount,
        remaining = h.Remaining.IsEmpty ? null : h.Remaining,
    };
}
