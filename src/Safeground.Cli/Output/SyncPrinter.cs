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
        Console.WriteLine($"sync {kit} with {national} ({(r.Region is null ? "all reports" : "region " + r.Region)}):");
        Console.WriteLine($"  pushed: {Units.Count(r.Pushed)} reports submitted{(r.AlreadyPresent > 0 ? $", {Units.Count(r.AlreadyPresent)} already there" : "")}");
        if (r.Refused.Count > 0)
        {
            Console.WriteLine($"  refused: {Units.Count(r.Refused.Count)} reports (kept on the kit, sent again next time):");
            foreach (var o in r.Refused) Console.WriteLine($"    {o.ReportId}: {o.Reason}");
        }
        Console.WriteLine($"  pulled: {Units.Count(r.Pulled)} new reports, {Units.Count(r.Updated)} with new decisions; {Units.Count(r.HazardsReplayed)} hazards replayed");
        if (r.DecisionsNotSent > 0)
            Console.WriteLine($"  {Units.Count(r.DecisionsNotSent)} decisions made on the kit were not sent; the national side decides");
        if (r.Conflicts.Count > 0)
        {
            Console.WriteLine($"  supersede conflicts for a data manager: {r.Conflicts.Count}");
            foreach (var c in r.Conflicts) Console.WriteLine($"    {c.Describe()}");
        }
        if (r.NothingToDo && r.Refused.Count == 0) Console.WriteLine("  nothing to do: the kit and the national side agree");
    }
}
