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
        var by = new Option<string>("--by") { Description = Texts.Render("cli.help.status.by"), HelpName = "GROUP" };
        by.AcceptOnlyFromAmong("region", "organisation", "organization", "team", "deployment", "month", "type", "contamination");
        var region = new Option<string?>("--region") { Description = Texts.Render("cli.help.status.region"), HelpName = "NAME" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = Texts.Render("cli.help.status.organisation"), HelpName = "ID" };
        var from = DateOption("--from", Texts.Render("cli.help.status.from"));
        var to = DateOption("--to", Texts.Render("cli.help.status.to"));
        var asOf = DateOption("--as-of", Texts.Render("cli.help.status.as-of"));
        var cmd = new Command("status", Texts.Render("cli.help.status"))
        {
            store, json, by, region, organisation, from, to, asOf,
        };
        cmd.Validators.Add(result =>
        {
            var filter = new StatusFilter(From: Day(result.GetValue(from)), To: Day(result.GetValue(to)));
            if (filter.Problem is { } problem) result.AddError(Texts.Render("cli.error.status.period", ("problem", problem)));
            if (result.GetValue(asOf) is not null && (result.GetValue(from) is not null || result.GetValue(to) is not null))
                result.AddError(Texts.Render("cli.error.status.as-of-and-period"));
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
                "type" or "contamination" => StatusGrouping.ContaminationType,
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
        if (filter is not null) KnownRegion.CheckEmpty(s, filter, report.Total);
        if (json) StatusPrinter.PrintJson(report, path);
        else StatusPrinter.Print(report, path);
    }

    // Strictly YYYY-MM-DD: a day written another way is an error naming the option, never a silently different period.
    private static Option<string?> DateOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "DAY" };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && Day(text) is null) result.AddError(Texts.Render("error.import.not-date-use-yyyy-mm", ("what", name), ("text", text)));
        });
        return option;
    }

    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
