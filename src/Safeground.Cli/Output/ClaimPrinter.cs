using Safeground.Contracts;
using Safeground.Core.Plausibility;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>Renders a <see cref="ClaimAssessment"/>: one table row per figure for people, or JSON for scripts.</summary>
public static class ClaimPrinter
{
    public static void Print(ClaimAssessment a, string? storeName, string? skipped)
    {
        AnsiConsole.MarkupLine($"[bold]Claim[/]: {Markup.Escape(Describe(a.Claim))}");
        if (a.Claim.AreaNote is { } note) AnsiConsole.MarkupLine($"  area unit: {Markup.Escape(note)}");
        AnsiConsole.MarkupLine($"  programme rules: {Markup.Escape(a.Programme)}" + (storeName is null ? "" : $"; recorded data: [blue]{Markup.Escape(storeName)}[/]"));
        var t = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn(new TableColumn("value").RightAligned())
            .AddColumn("reference").AddColumn("verdict").AddColumn("why");
        foreach (var f in a.Figures)
        {
            var why = Markup.Escape(f.Reason);
            if (f.Recorded is { } r && f.Id != "casualties-per-1000-devices") why += $"\n[dim]recorded: {Markup.Escape(r.Text)}[/]";
            t.AddRow(Markup.Escape(f.Label), Markup.Escape($"{Value(f.Value)} {f.Unit}"), Markup.Escape(f.Reference), Coloured(f.Verdict), why);
        }
        AnsiConsole.Write(t);
        foreach (var n in a.Notes) AnsiConsole.MarkupLine($"[dim]note: {Markup.Escape(n)}[/]");
        if (skipped is not null) AnsiConsole.MarkupLine($"[dim]note: {Markup.Escape(skipped)}[/]");
        else if (a.Recorded is { } rec)
            AnsiConsole.MarkupLine($"[dim]recorded: {rec.Deployments.Count} deployments, {Units.Ha(rec.All.ClearedM2)} cleared, {Units.Count((long)Math.Round(rec.All.DeminerDays))} deminer-days, {Units.Count(rec.All.Finds)} EO items, {rec.All.Casualties} casualties in demining accidents[/]");
        AnsiConsole.MarkupLine($"[bold]Overall[/]: {Coloured(a.Overall)} (the worst line)");
    }

    public static void PrintJson(ClaimAssessment a, string? storeName, string? skipped)
    {
        // The shape of POST /api/v1/checks/claim, with the recorded deployments the figures were set against.
        var view = ClaimView.From(a, skipped is null ? null : [skipped]);
        if (a.Recorded is { } recorded && skipped is null) view = view with { Recorded = RecordedDataView.From(recorded, storeName) };
        Console.WriteLine(ContractJson.Write(view));
    }

    private static string Describe(ReportedOperation c)
    {
        var parts = new List<string>();
        if (c.Devices is { } d) parts.Add($"{Units.Count(d)} devices");
        if (c.AreaM2 is { } m2) parts.Add($"over {c.AreaDescription ?? Units.M2(m2)} ({Units.M2(m2)})");
        if (c.Days is { } days) parts.Add($"in {NumberText.Of(days)} days");
        if (c.People is { } p) parts.Add($"by {Units.Count(p)} people");
        if (c.Teams is { } t) parts.Add($"in {Units.Count(t)} teams");
        var said = parts.Count == 0 ? "" : string.Join(" ", parts);
        if (c.Killed is not null || c.Injured is not null) said += (said.Length == 0 ? "" : "; ") + $"{c.Killed ?? 0} killed, {c.Injured ?? 0} injured";
        return said.Length == 0 ? "(no figures given)" : said;
    }

    private static string Value(double v) => double.IsFinite(v) ? NumberText.Of(v) : "∞";

    private static string Coloured(Verdict v) => v switch
    {
        Verdict.Implausible => "[red]implausible[/]",
        Verdict.Unusual => "[yellow]unusual[/]",
        Verdict.Plausible => "[green]plausible[/]",
        _ => "[dim]not judged[/]",
    };
}
