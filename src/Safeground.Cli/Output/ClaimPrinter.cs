using Safeground.Contracts;
using Safeground.Core.Plausibility;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>Renders a <see cref="ClaimAssessment"/>: one table row per figure for people, or JSON for scripts.</summary>
public static class ClaimPrinter
{
    public static void Print(ClaimAssessment a, string? storeName, string? skipped)
    {
        AnsiConsole.MarkupLine(Texts.Render("cli.claim.heading", ("claim", Markup.Escape(Describe(a.Claim)))));
        if (a.Claim.AreaNote is { } note) AnsiConsole.MarkupLine(Texts.Render("cli.claim.area-unit", ("note", Markup.Escape(note))));
        AnsiConsole.MarkupLine(storeName is null
            ? Texts.Render("cli.claim.programme", ("programme", Markup.Escape(a.Programme)))
            : Texts.Render("cli.claim.programme-and-store", ("programme", Markup.Escape(a.Programme)), ("store", Markup.Escape(storeName))));
        var t = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.claim.column.figure")).AddColumn(new TableColumn(Texts.Render("cli.claim.column.value")).RightAligned())
            .AddColumn(Texts.Render("cli.claim.column.reference")).AddColumn(Texts.Render("cli.claim.column.verdict")).AddColumn(Texts.Render("cli.claim.column.why"));
        foreach (var f in a.Figures)
        {
            var why = Markup.Escape(f.Reason);
            if (f.Recorded is { } r && f.Id != "casualties-per-1000-devices") why += "\n" + Texts.Render("cli.claim.recorded-figure", ("text", Markup.Escape(r.Text)));
            t.AddRow(Markup.Escape(f.Label), Markup.Escape(Texts.Render("cli.value-with-unit", ("value", Value(f.Value)), ("unit", f.Unit))), Markup.Escape(f.Reference), Coloured(f.Verdict), why);
        }
        AnsiConsole.Write(t);
        foreach (var n in a.Notes) AnsiConsole.MarkupLine(Texts.Render("cli.claim.note", ("note", Markup.Escape(n))));
        if (skipped is not null) AnsiConsole.MarkupLine(Texts.Render("cli.claim.note", ("note", Markup.Escape(skipped))));
        else if (a.Recorded is { } rec)
        {
            // Deployments and casualties as plain integers, the rest with thousands separators: as printed before.
            AnsiConsole.MarkupLine(Texts.Render("cli.claim.recorded", ("deployments", rec.Deployments.Count), ("cleared", Units.Ha(rec.All.ClearedM2)),
                ("deminerDays", Math.Round(rec.All.DeminerDays)), ("finds", rec.All.Finds), ("casualties", rec.All.Casualties)));
        }
        AnsiConsole.MarkupLine(Texts.Render("cli.claim.overall", ("verdict", Coloured(a.Overall))));
    }

    public static void PrintJson(ClaimAssessment a, string? storeName, string? skipped)
    {
        // The shape of POST /api/v1/checks/claim, with the recorded deployments the figures were set against.
        var view = ClaimView.From(a, skipped is null ? null : [skipped]);
        if (a.Recorded is { } recorded && skipped is null) view = view with { Recorded = RecordedDataView.From(recorded, storeName) };
        Console.WriteLine(ContractJson.Write(view));
    }

    // The claim as given, figure by figure: each a phrase of its own (a claim gives any of them), in the order said.
    private static string Describe(ReportedOperation c)
    {
        var parts = new List<string>();
        if (c.Devices is { } d) parts.Add(Texts.Render("cli.claim.said.devices", ("count", d)));
        if (c.AreaM2 is { } m2) parts.Add(Texts.Render("cli.claim.said.area", ("area", c.AreaDescription ?? Units.M2(m2)), ("m2", Units.M2(m2))));
        if (c.Days is { } days) parts.Add(Texts.Render("cli.claim.said.days", ("days", NumberText.Of(days))));
        if (c.People is { } p) parts.Add(Texts.Render("cli.claim.said.people", ("count", p)));
        if (c.Teams is { } t) parts.Add(Texts.Render("cli.claim.said.teams", ("count", t)));
        var said = parts.Count == 0 ? "" : string.Join(Texts.Render("cli.claim.said.separator"), parts);
        if (c.Killed is not null || c.Injured is not null)
        {
            var casualties = Texts.Render("cli.claim.said.casualties", ("killed", c.Killed ?? 0), ("injured", c.Injured ?? 0));
            said = said.Length == 0 ? casualties : Texts.Render("cli.claim.said.and-casualties", ("figures", said), ("casualties", casualties));
        }
        return said.Length == 0 ? Texts.Render("cli.claim.said.nothing") : said;
    }

    private static string Value(double v) => double.IsFinite(v) ? NumberText.Of(v) : "∞";

    private static string Coloured(Verdict v) => v switch
    {
        Verdict.Implausible => $"[red]{Texts.Render("cli.verdict.implausible")}[/]",
        Verdict.Unusual => $"[yellow]{Texts.Render("cli.verdict.unusual")}[/]",
        Verdict.Plausible => $"[green]{Texts.Render("cli.verdict.plausible")}[/]",
        _ => $"[dim]{Texts.Render("cli.verdict.not-judged")}[/]",
    };
}
