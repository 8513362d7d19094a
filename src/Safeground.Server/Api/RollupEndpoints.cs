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
            total = Line(report.Total),
            groups = report.Groups.Select(Line).ToList(),
        }, ApiJson.Options);
    }

    private static object Line(StatusLine l) => new
    {
        key = l.Key,
        hazards = l.Hazards,
        hazardsByClass = l.HazardsByClass.ToDictionary(k => ApiJson.Word(k.Key), k => k.Value),
        hazardsByStatus = l.HazardsByStatus.ToDictionary(k => ApiJson.Word(k.Key), k => k.Value),
        originalM2 = l.OriginalM2,
        cancelledM2 = l.CancelledM2,
        reducedM2 = l.ReducedM2,
        clearedM2 = l.ClearedM2,
        remainingM2 = l.RemainingM2,
        finds = l.Finds,
        findsByCategory = l.FindsByCategory.ToDictionary(k => ApiJson.Word(k.Key), k => k.Value),
        accidents = l.Accidents,
        killed = l.Killed,
        injured = l.Injured,
        productivity = l.Productivity.ToDictionary(k => ApiJson.Word(k.Key), k => new
        {
            clearedM2 = k.Value.ClearedM2,
            effort = k.Value.Effort,
            unit = k.Key == AssetKind.Mechanical ? "machine-hours" : "deminer-days",
            m2PerUnit = k.Value.Rate,
        }),
    };
}
