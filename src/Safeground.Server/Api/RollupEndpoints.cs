using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Reference;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Server.Api;

/// <summary>/rollups: the land-release roll-up, the figures and shape of <c>safeground status --json</c>.</summary>
internal static class RollupEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rollups", Rollup).WithTags("Roll-ups")
            .WithSummary("Hazards, areas cancelled/reduced/cleared/remaining, finds, accidents and productivity, in total and by region, organisation, team, deployment or month");
    }

    private static IResult Rollup(ISafegroundStore store, string? by)
    {
        var grouping = by switch
        {
            null => StatusGrouping.None,
            "region" => StatusGrouping.Region,
            "organisation" or "organization" => StatusGrouping.Organisation,
            "team" => StatusGrouping.Team,
            "deployment" => StatusGrouping.Deployment,
            "month" => StatusGrouping.Month,
            _ => throw QueryValues.Bad($"by: '{by}' is not one of region, organisation, team, deployment, month"),
        };
        var report = StatusReport.Compute(store, grouping);
        return Results.Json(new
        {
            groupedBy = ApiJson.Word(report.Grouping),
            byBoundary = report.ByBoundary,
            total = StatusJson.Line(report.Total),
            groups = report.Groups.Select(StatusJson.Line).ToList(),
        }, ApiJson.Options);
    }
}
