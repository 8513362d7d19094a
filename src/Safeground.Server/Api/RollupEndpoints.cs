using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Reference;
using Safeground.Core.Status;
using Safeground.Core.Storage;
using Safeground.Contracts;
using Safeground.Server.Access;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>/rollups: the land-release roll-up, the figures and shape of <c>safeground status --json</c>.</summary>
internal static class RollupEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cache = new RollupCache();
        api.MapGet("/rollups", (ISafegroundStore store, string? by, string? region, string? organisation, string? from, string? to, string? asOf) =>
                Rollup(cache, store, by, region, organisation, from, to, asOf)).WithTags("Roll-ups").RequireAuthorization(AccessPolicies.Caller)
            .WithSummary("Hazards, areas cancelled/reduced/cleared/remaining, finds, accidents and productivity, in total and by region, organisation, team, deployment, month or contamination type (type; several, comma-separated, in one pass: then groupings[]); optionally only one region, one organisation, one period (from, to: yyyy-mm-dd: released in the period, remaining at its end) or one day (asOf: yyyy-mm-dd, the figures as they stood that day); figures says which figure is which, records or land")
            .Answers<RollupView>().Problems(StatusCodes.Status400BadRequest);
    }

    private static IResult Rollup(RollupCache cache, ISafegroundStore store, string? by, string? region, string? organisation, string? from, string? to, string? asOf)
    {
        var groupings = (by ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Grouping).ToList();
        if (groupings.Count != groupings.Distinct().Count()) throw QueryValues.Bad(Texts.Render("api.rollup.by-twice", ("by", by)));
        var day = QueryValues.Date("asOf", Blank(asOf));
        if (day is not null && (Blank(from) is not null || Blank(to) is not null))
            throw QueryValues.Bad(Texts.Render("api.rollup.as-of-and-period"));
        var filter = new StatusFilter(Blank(region), Blank(organisation), QueryValues.Date("from", Blank(from)), day ?? QueryValues.Date("to", Blank(to)));
        if (filter.Problem is { } problem) throw QueryValues.Bad(Texts.Render("api.rollup.period", ("problem", problem)));
        if (groupings.Count <= 1)
        {
            var report = cache.Get(store, groupings.Count == 0 ? StatusGrouping.None : groupings[0], filter);
            return Results.Json(RollupView.From(report), ApiJson.Options);
        }
        // Several groupings (by=month,team): one pass over the store, the total once, each grouping's groups.
        var reports = cache.Get(store, groupings, filter);
        return Results.Json(RollupView.From(filter, reports), ApiJson.Options);
    }

    private static StatusGrouping Grouping(string word) => word switch
    {
        "region" => StatusGrouping.Region,
        "organisation" or "organization" => StatusGrouping.Organisation,
        "team" => StatusGrouping.Team,
        "deployment" => StatusGrouping.Deployment,
        "month" => StatusGrouping.Month,
        "type" or "contamination" => StatusGrouping.ContaminationType,
        _ => throw QueryValues.Bad(Texts.Render("api.rollup.by", ("by", word))),
    };

    // A form submits an unset filter as an empty parameter: that means no restriction, as leaving it out does.
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
