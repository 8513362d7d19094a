using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Core.Sync;
using Safeground.Server.Access;
using Safeground.Contracts;

namespace Safeground.Server.Api;

/// <summary>
/// /reports/conflicts: competing corrections (<see cref="SupersedeConflicts"/>) for a data manager to settle: those
/// where the caller may decide on at least one pending report, listing the pending reports it may see.
/// </summary>
internal static class ConflictEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reports/conflicts", List).WithTags("Reports").RequireAuthorization(AccessPolicies.DataManager)
            .WithSummary("Pending reports that supersede the same report, or a report already superseded: approve one, reject the others")
            .Answers<ConflictListView>().Problems(StatusCodes.Status403Forbidden);

    private static IResult List(HttpContext context, IReportStore store)
    {
        var user = Caller.Of(context);
        var visible = new List<ConflictView>();
        foreach (var c in SupersedeConflicts.Find(store))
        {
            var pending = c.Pending.Select(store.FindReport).OfType<Core.Reports.ReportRecord>().ToList();
            if (!pending.Any(r => AccessPolicy.CanDecide(user, r.Report.OrganisationId))) continue;
            var seen = pending.Where(r => AccessPolicy.CanSeeReport(user, r.Report.OrganisationId, r.Status)).Select(r => r.Report.Id).ToList();
            visible.Add(new ConflictView(c.Superseded, c.Status, seen, c.Pending.Count - seen.Count, (c with { Pending = seen }).Describe(),
                seen.Select(ApiLinks.Report).ToList()));
        }
        return Results.Json(new ConflictListView(visible), ApiJson.Options);
    }
}
