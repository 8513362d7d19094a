using System.Text.Json;
using Safeground.Core.Sync;

namespace Safeground.Cli.Output;

/// <summary>What <c>safeground sync</c> did, in sentences (or JSON): pushed, refused with the national side's reasons, pulled, decisions not sent, conflicts.</summary>
public static class SyncPrinter
{
    public static void Print(SyncResult r, string kit, string national, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                kit, national, region = r.Region, pushed = r.Pushed, alreadyPresent = r.AlreadyPresent,
                refused = r.Refused.Select(o => new { report = o.ReportId, reason = o.Reason }),
                pulled = r.Pulled, updated = r.Updated, hazardsReplayed = r.HazardsReplayed, decisionsNotSent = r.DecisionsNotSent,
                conflicts = r.Conflicts.Select(c => new { superseded = c.Superseded, status = WireNames.Of(c.Status), pending = c.Pending, message = c.Describe() }),
                batches = r.Batches,
            }));
            return;
        }
        Console.WriteLine(r.Region is null
            ? Texts.Render("cli.sync.heading.all", ("kit", kit), ("national", national))
            : Texts.Render("cli.sync.heading.region", ("kit", kit), ("national", national), ("region", r.Region)));
        Console.WriteLine(r.AlreadyPresent > 0
            ? Texts.Render("cli.sync.pushed-and-present", ("pushed", r.Pushed), ("present", r.AlreadyPresent))
            : Texts.Render("cli.sync.pushed", ("pushed", r.Pushed)));
        if (r.Refused.Count > 0)
        {
            Console.WriteLine(Texts.Render("cli.sync.refused", ("count", r.Refused.Count)));
            foreach (var o in r.Refused) Console.WriteLine(Texts.Render("cli.sync.refused-report", ("report", o.ReportId), ("reason", o.Reason)));
        }
        Console.WriteLine(Texts.Render("cli.sync.pulled", ("pulled", r.Pulled), ("updated", r.Updated), ("replayed", r.HazardsReplayed)));
        if (r.DecisionsNotSent > 0)
            Console.WriteLine(Texts.Render("cli.sync.decisions-not-sent", ("count", r.DecisionsNotSent)));
        if (r.Conflicts.Count > 0)
        {
            Console.WriteLine(Texts.Render("cli.sync.conflicts", ("count", r.Conflicts.Count)));
            foreach (var c in r.Conflicts) Console.WriteLine(Texts.Render("cli.sync.conflict", ("conflict", c.Describe())));
        }
        if (r.NothingToDo && r.Refused.Count == 0) Console.WriteLine(Texts.Render("cli.sync.nothing-to-do"));
    }
}
