using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core.Rollups;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground timeline HAZARD-ID</c>: how a hazard's remaining area fell, report by report.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var hazard = new Argument<string>("hazard-id") { Description = Texts.Render("cli.help.timeline.hazard") };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("timeline", Texts.Render("cli.help.timeline")) { hazard, store, json };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            var id = parse.GetValue(hazard)!;
            using var s = StoreOpener.Open(path, create: false);
            var points = HazardTimeline.Of(s, id, Core.Rules.StoredProgramme.Of(s));
            if (parse.GetValue(json)) TimelinePrinter.PrintJson(id, points, path);
            else TimelinePrinter.Print(id, points, path);
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
