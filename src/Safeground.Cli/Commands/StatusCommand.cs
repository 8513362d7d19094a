using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Rules;
using Safeground.Core.Status;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground status</c>: where is it still dangerous, and how much land has been released.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var by = new Option<string>("--by") { Description = "Group by region (by stored boundaries, else by region name), organisation, team, deployment or month", HelpName = "GROUP" };
        by.AcceptOnlyFromAmong("region", "organisation", "organization", "team", "deployment", "month");
        var region = new Option<string?>("--region") { Description = "Only hazards, finds and accidents carrying this region name", HelpName = "NAME" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = "Only this organisation's hazards, and the releases, finds, accidents and effort it reported", HelpName = "ID" };
        var from = DateOption("--from", "Only releases, finds, accidents and effort dated on or after this day");
        var to = DateOption("--to", "Only releases, finds, accidents and effort dated on or before this day; hazards recorded by then, their remaining area as on that day");
        var asOf = DateOption("--as-of", "The figures as they stood at the end of this day: hazards recorded by then, everything released by then, what remained then");
        var cmd = new Command("status", "Hazards by class and status, area cancelled/reduced/cleared/remaining, finds by category, accidents and victims")
        {
            store, json, by, region, organisation, from, to, asOf,
        };
        cmd.Validators.Add(result =>
        {
            var filter = new StatusFilter(From: Day(result.GetValue(from)), To: Day(result.GetValue(to)));
            if (filter.Problem is { } problem) result.AddError($"--from/--to: {problem}");
            if (result.GetValue(asOf) is not null && (result.GetValue(from) is not null || result.GetValue(to) is not null))
                result.AddError("--as-of is one day (the figures as they stood then); for a period (released in it, remaining at its end) use --from and --to");
        });
        cmd.SetAction(parse =>
        {
            var grouping = parse.GetValue(by) switch
            {
                "region" => StatusGrouping.Region,
                "organisation" or "organization" => StatusGrouping.Organisation,
                "month" => StatusGrouping.Month,
                "team" => StatusGrouping.Team,
                "deployment" => StatusGrouping.Deployment,
                _ => StatusGrouping.None,
            };
            var path = parse.GetValue(store)!;
            var filter = new StatusFilter(parse.GetValue(region), parse.GetValue(organisation), Day(parse.GetValue(from)), Day(parse.GetValue(asOf) ?? parse.GetValue(to)));
            Run(path, grouping, parse.GetValue(json), filter);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static void Run(string path, StatusGrouping grouping, bool json, StatusFilter? filter = null)
    {
        using var s = StoreOpener.Open(path, create: false);
        var report = StatusReport.Compute(s, grouping, filter ?? StatusFilter.None, StoredProgramme.Of(s));
        if (json) StatusPrinter.PrintJson(report, path);
        else StatusPrinter.Print(report, path);
    }

    // Strictly YYYY-MM-DD: a day written another way is an error naming the option, never a silently different period.
    private static Option<string?> DateOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description + " (YYYY-MM-DD)", HelpName = "DAY" };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && Day(text) is null) result.AddError($"{name} '{text}' is not a date (use YYYY-MM-DD)");
        });
        return option;
    }

    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
