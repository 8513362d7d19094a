using System.Text.Json;
using Safeground.Core.Hazards;
using Safeground.Core.Import;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>
/// Says what a historical land-release import did: features by outcome (they add up to the features read), the land
/// released by method, and a row per feature (and per hazard of a split one) with its reason when refused or held back.
/// </summary>
public static class ReleaseImportPrinter
{
    private static readonly ReleaseOutcome[] Outcomes =
        [ReleaseOutcome.Applied, ReleaseOutcome.Split, ReleaseOutcome.Outside, ReleaseOutcome.Refused, ReleaseOutcome.HeldBack, ReleaseOutcome.AlreadyImported];

    public static void Print(ReleaseImportSummary s, string store, int show, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                source = s.Source,
                store,
                kind = "releases",
                dryRun = s.DryRun,
                read = s.Read,
                outcomes = Outcomes.ToDictionary(WireNames.Of, s.Count),
                reports = s.Reports,
                heldBackReports = s.HeldBackReports,
                hazards = s.Hazards,
                releasedM2 = new
                {
                    cancelled = s.Released(ReleaseMethod.Cancelled),
                    reduced = s.Released(ReleaseMethod.Reduced),
                    cleared = s.Released(ReleaseMethod.Cleared),
                },
                outsideM2 = s.OutsideM2,
                features = s.Features.Select(f => new
                {
                    index = f.Index,
                    where = f.Where,
                    outcome = WireNames.Of(f.Outcome),
                    method = f.Method is { } m ? WireNames.Of(m) : null,
                    date = f.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    areaM2 = f.AreaM2,
                    insideM2 = f.InsideM2,
                    releasedM2 = f.ReleasedM2,
                    outsideM2 = f.OutsideM2,
                    reason = f.Reason,
                    parts = f.Parts.Select(p => new
                    {
                        hazardId = p.HazardId, reportId = p.ReportId, outcome = WireNames.Of(p.Outcome), insideM2 = p.InsideM2, releasedM2 = p.ReleasedM2, reason = p.Reason,
                    }),
                }),
            }, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
            return;
        }
        Console.WriteLine(Texts.Render(s.DryRun ? "import.history.title.dry-run" : "import.history.title",
            ("read", s.Read), ("file", Path.GetFileName(s.Source)), ("store", store)));
        var counts = new Table().Border(TableBorder.Rounded)
            .AddColumn(Texts.Render("import.history.column.outcome"))
            .AddColumn(new TableColumn(Texts.Render("import.history.column.features")).RightAligned());
        foreach (var o in Outcomes) counts.AddRow(Markup.Escape(Word(o)), Units.Count(s.Count(o)));
        AnsiConsole.Write(counts);
        Console.WriteLine(Texts.Render("import.history.released",
            ("cancelled", Units.Area(s.Released(ReleaseMethod.Cancelled))), ("reduced", Units.Area(s.Released(ReleaseMethod.Reduced))),
            ("cleared", Units.Area(s.Released(ReleaseMethod.Cleared))), ("outside", Units.Area(s.OutsideM2))));
        if (HeldBackNotice.Of(s.HeldBackReports) is { } held) Console.WriteLine(Texts.Render("cli.indented", ("line", held)));
        if (show <= 0 || s.Features.Count == 0) return;

        var rows = new Table().Border(TableBorder.Rounded)
            .AddColumn(Texts.Render("import.history.column.feature"))
            .AddColumn(Texts.Render("import.history.column.outcome"))
            .AddColumn(Texts.Render("import.history.column.method"))
            .AddColumn(Texts.Render("import.history.column.date"))
            .AddColumn(Texts.Render("import.history.column.hazard"))
            .AddColumn(new TableColumn(Texts.Render("import.history.column.area")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("import.history.column.released")).RightAligned())
            .AddColumn(Texts.Render("import.history.column.reason"));
        foreach (var f in s.Features.Take(show))
        {
            rows.AddRow(Markup.Escape(f.Where), Markup.Escape(Word(f.Outcome)), Markup.Escape(f.Method is { } m ? Words.Of(m) : ""),
                f.Date is { } d ? Markup.Escape(Texts.Day(d)) : "", Markup.Escape(f.Parts.Count == 1 ? f.Parts[0].HazardId : ""),
                Markup.Escape(Units.M2(f.AreaM2)), Markup.Escape(f.Parts.Count > 0 ? Units.M2(f.ReleasedM2) : ""), Markup.Escape(f.Reason ?? ""));
            if (f.Parts.Count < 2) continue;
            foreach (var p in f.Parts)
                rows.AddRow("", Markup.Escape(Word(p.Outcome)), "", "", Markup.Escape(p.HazardId), Markup.Escape(Units.M2(p.InsideM2)),
                    Markup.Escape(Units.M2(p.ReleasedM2)), Markup.Escape(p.Reason ?? ""));
        }
        AnsiConsole.Write(rows);
        if (s.Features.Count > show) Console.WriteLine(Texts.Render("import.history.first", ("show", show), ("count", s.Features.Count)));
    }

    private static string Word(ReleaseOutcome o) => o switch
    {
        ReleaseOutcome.Applied => Texts.Render("import.history.outcome.applied"),
        ReleaseOutcome.Split => Texts.Render("import.history.outcome.split"),
        ReleaseOutcome.Outside => Texts.Render("import.history.outcome.outside"),
        ReleaseOutcome.Refused => Texts.Render("import.history.outcome.refused"),
        ReleaseOutcome.HeldBack => Texts.Render("import.history.outcome.held-back"),
        ReleaseOutcome.AlreadyImported => Texts.Render("import.history.outcome.already-imported"),
        _ => throw new ArgumentOutOfRangeException(nameof(o), o, null),
    };
}
