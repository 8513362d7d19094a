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
                alreadyImported = s.AlreadyImported,
                inHazards = s.InHazards,
                areaM2 = s.AreaM2,
                rejectionsByReason = s.RejectionsByReason(),
                modelsMapped = s.ModelsMapped,
                unknownModels = s.UnknownModels.Select(u => new { model = u.Model, finds = u.Finds, suggestions = u.Suggestions }),
                issues = s.Issues.Select(i => new { where = i.Where, outcome = WireNames.Of(i.Outcome), message = i.Message }),
                nearDuplicates = s.NearDuplicates.Select(d => new
                {
                    hazardId = d.HazardId, where = d.Where, sameLandAs = d.OtherHazardId, otherWhere = d.OtherWhere, commonM2 = d.CommonM2, shareOfSmaller = d.Share,
                }),
            }, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        bool hazards = what == "hazards", incidents = what == "incidents", accidents = what == "accidents" || incidents;
        Console.WriteLine(Texts.Render(hazards ? "cli.import.imported-hazards" : incidents ? "cli.import.imported-incidents" : accidents ? "cli.import.imported-accidents" : "cli.import.imported-finds",
            ("imported", s.Imported), ("read", s.Read), ("file", Path.GetFileName(s.Source)), ("store", store)));
        if (accidents)
        {
            // Accidents and incidents are kept or refused, never repaired; where they went and what was there already is what matters.
            Console.WriteLine(Texts.Render("cli.import.in-hazards", ("count", s.InHazards)));
            Console.WriteLine(Texts.Render("cli.import.already-imported", ("count", s.AlreadyImported)));
        }
        else
        {
            Console.WriteLine(Texts.Render("cli.import.kept", ("count", s.Kept)));
            Console.WriteLine(Texts.Render("cli.import.repaired", ("count", s.Repaired)));
        }
        Console.WriteLine(Texts.Render("cli.import.rejected", ("count", s.Rejected)));
        if (hazards) Console.WriteLine(Texts.Render("cli.import.area", ("area", Units.Area(s.AreaM2))));
        if (what == "finds") Models(s, show);
        foreach (var (reason, count) in s.RejectionsByReason())
            Console.WriteLine(Texts.Render("cli.import.rejected-for", ("count", count), ("reason", reason)));
        if (hazards)
            Console.WriteLine(Texts.Render("cli.import.near-duplicates", ("count", s.NearDuplicates.Count)));
        foreach (var d in s.NearDuplicates.Take(Math.Max(show, 0)))
            Console.WriteLine(Texts.Render("cli.import.near-duplicate", ("hazard", d.HazardId), ("where", d.Where), ("other", d.OtherHazardId), ("otherWhere", d.OtherWhere),
                ("common", Units.Area(d.CommonM2)), ("share", Units.Share(d.Share))));
        if (s.NearDuplicates.Count > show && show > 0) Console.WriteLine(Texts.Render("cli.import.near-duplicates-first", ("show", show), ("count", s.NearDuplicates.Count)));
        if (HeldBackNotice.Of(s.HeldBack) is { } held) Console.WriteLine(Texts.Render("cli.indented", ("line", held)));
        if (show <= 0) return;
        foreach (var outcome in new[] { TriageOutcome.Repaired, TriageOutcome.Rejected, TriageOutcome.Kept })
        {
            var list = s.Issues.Where(i => i.Outcome == outcome).ToList();
            if (list.Count == 0) continue;
            Console.WriteLine(Texts.Render(outcome switch { TriageOutcome.Repaired => "cli.import.repaired-first", TriageOutcome.Rejected => "cli.import.rejected-first", _ => "cli.import.noted-first" },
                ("show", Math.Min(show, list.Count)), ("count", list.Count)));
            foreach (var i in list.Take(show)) Console.WriteLine(Texts.Render("cli.import.issue", ("where", i.Where), ("message", i.Message)));
        }
    }

    // Finds' models against the ordnance catalogue: how many were written as an alias, and the models it does not hold
    // (kept as written), each with the close names, so a data manager can fix the file or add the model.
    private static void Models(ImportSummary s, int show)
    {
        if (s.ModelsMapped > 0) Console.WriteLine(Texts.Render("cli.import.ordnance.mapped", ("count", s.ModelsMapped)));
        if (s.UnknownModels.Count == 0) return;
        Console.WriteLine(Texts.Render("cli.import.ordnance.unknown", ("count", s.UnknownModels.Count)));
        foreach (var u in s.UnknownModels.Take(Math.Max(show, 0)))
            Console.WriteLine(u.Suggestions.Count == 0
                ? Texts.Render("cli.import.ordnance.unknown-model", ("model", u.Model), ("finds", u.Finds))
                : Texts.Render("cli.import.ordnance.unknown-model.suggest", ("model", u.Model), ("finds", u.Finds), ("names", Texts.Join(u.Suggestions))));
    }
}
