using System.Text.Json;
using Safeground.Core.Import;

namespace Safeground.Cli.Output;

/// <summary>Says what an import did: counts, area kept, the reasons for rejections, and the first repairs and rejections by feature.</summary>
public static class ImportPrinter
{
    public static void Print(ImportSummary s, string what, string store, int show, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                source = s.Source,
                store,
                kind = what,
                read = s.Read,
                imported = s.Imported,
                kept = s.Kept,
                repaired = s.Repaired,
                rejected = s.Rejected,
                reports = s.Reports,
                heldBack = s.HeldBack,
                areaM2 = s.AreaM2,
                rejectionsByReason = s.RejectionsByReason(),
                issues = s.Issues.Select(i => new { where = i.Where, outcome = WireNames.Of(i.Outcome), message = i.Message }),
                nearDuplicates = s.NearDuplicates.Select(d => new
                {
                    hazardId = d.HazardId, where = d.Where, sameLandAs = d.OtherHazardId, otherWhere = d.OtherWhere, commonM2 = d.CommonM2, shareOfSmaller = d.Share,
                }),
            }, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        Console.WriteLine($"Imported {Units.Count(s.Imported)} {what} of {Units.Count(s.Read)} features from {Path.GetFileName(s.Source)} into {store}");
        Console.WriteLine($"  kept as they were: {Units.Count(s.Kept)}");
        Console.WriteLine($"  repaired:          {Units.Count(s.Repaired)}");
        Console.WriteLine($"  rejected:          {Units.Count(s.Rejected)}");
        if (what == "hazards") Console.WriteLine($"  area imported:     {Units.Area(s.AreaM2)}");
        foreach (var (reason, count) in s.RejectionsByReason())
            Console.WriteLine($"    rejected {Units.Count(count)}: {reason}");
        if (what == "hazards")
            Console.WriteLine($"  near-duplicates:   {Units.Count(s.NearDuplicates.Count)} (imported hazards that are the same land as another, by the hazard-duplicate rule's share of the smaller)");
        foreach (var d in s.NearDuplicates.Take(Math.Max(show, 0)))
            Console.WriteLine($"    {d.HazardId} ({d.Where}) is the same land as {d.OtherHazardId} ({d.OtherWhere}): {Units.Area(d.CommonM2)} shared, {d.Share.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)} of the smaller");
        if (s.NearDuplicates.Count > show && show > 0) Console.WriteLine($"    (first {show} of {Units.Count(s.NearDuplicates.Count)}; --json lists all)");
        if (HeldBackNotice.Of(s.HeldBack) is { } held) Console.WriteLine("  " + held);
        if (show <= 0) return;
        foreach (var outcome in new[] { TriageOutcome.Repaired, TriageOutcome.Rejected })
        {
            var list = s.Issues.Where(i => i.Outcome == outcome).ToList();
            if (list.Count == 0) continue;
            Console.WriteLine($"{(outcome == TriageOutcome.Repaired ? "Repaired" : "Rejected")} (first {Math.Min(show, list.Count)} of {Units.Count(list.Count)}; --json lists all):");
            foreach (var i in list.Take(show)) Console.WriteLine($"  {i.Where}: {i.Message}");
        }
    }
}
