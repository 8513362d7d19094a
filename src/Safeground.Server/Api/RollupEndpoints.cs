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
        var cache = new RollupCache();
        api.MapGet("/rollups", (ISafegroundStore store, string? by, string? region, string? organisation, string? from, string? to) =>
                Rollup(cache, store, by, region, organisation, from, to)).WithTags("Roll-ups")
            .WithSummary("Hazards, areas cancelled/reduced/cleared/remaining, finds, accidents and productivity, in total and by region, organisation, team, deployment or month; optionally only one region, one organisation, one period (from, to: yyyy-mm-dd)");
    }

    private static IResult Rollup(RollupCache cache, ISafegroundStore store, string? by, string? region, string? organisation, string? from, string? to)
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
        var filter = new StatusFilter(Blank(region), Blank(organisation), QueryValues.Date("from", Blank(from)), QueryValues.Date("to", Blank(to)));
        if (filter.Problem is { } problem) throw QueryValues.Bad($"from, to: {problem}");
        var report = cache.Get(store, grouping, filter);
        return Results.Json(new
        {
            groupedBy = ApiJson.Word(report.Grouping),
            byBoundary = report.ByBoundary,
            filter = StatusJson.Filter(report.Filter),
            total = StatusJson.Line(report.Total),
            groups = report.Groups.Select(StatusJson.Line).ToList(),
        }, ApiJson.Options);
    }

    // A form submits an unset filter as an empty parameter: that means no restriction, as leaving it out does.
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
