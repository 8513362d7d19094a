using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core;
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
        var cmd = new Command("status", "Hazards by class and status, area cancelled/reduced/cleared/remaining, finds by category, accidents and victims") { store, json, by };
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
            Run(path, grouping, parse.GetValue(json));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static void Run(string path, StatusGrouping grouping, bool json)
    {
        using var s = StoreOpener.Open(path, create: false);
        var report = StatusReport.Compute(s, grouping);
        if (json) StatusPrinter.PrintJson(report, path);
        else StatusPrinter.Print(report, path);
    }
}
