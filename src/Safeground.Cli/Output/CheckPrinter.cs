using System.Text.Json;
using Safeground.Cli.Commands;
using Safeground.Core.Checks;
using Safeground.Core.Rules;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>
/// Prints findings as they stream: a table for people (most severe first, at most the table limit, then
/// counts by rule and severity) or JSON for scripts. The JSON shape (documented in docs/user-guide.md):
/// <c>{"store", "programme", "checkedAt", "minSeverity", "findings": [{"severity", "rule", "record",
/// "recordKind", "recordId", "message", "figure", "threshold", "unit"}], "summary": {"findings",
/// "bySeverity": {"error", "warning", "info"}, "byRule": {RULE: {SEVERITY: n}}, "failOn", "failed"}}</c>.
/// </summary>
public static class CheckPrinter
{
    public static CheckSummary Print(IEnumerable<Finding> findings, string storeName, ProgrammeRules programme, string rulesSource, CheckOptions options)
    {
        var summary = new CheckSummary();
        // The most severe first, without holding every finding: at most the limit per severity.
        var kept = new SortedDictionary<Severity, List<Finding>>(Comparer<Severity>.Create((a, b) => b.CompareTo(a)));
        foreach (var f in findings)
        {
            summary.Add(f);
            if (!kept.TryGetValue(f.Severity, out var list)) kept[f.Severity] = list = [];
            if (list.Count < options.TableLimit) list.Add(f);
        }
        AnsiConsole.MarkupLine($"[bold]Check[/] of [blue]{Markup.Escape(storeName)}[/] by the rules of programme [blue]{Markup.Escape(programme.Name)}[/] ({Markup.Escape(rulesSource)})");
        if (summary.Total == 0)
        {
            AnsiConsole.MarkupLine("[green]No findings.[/]");
            return summary;
        }
        var shown = kept.Values.SelectMany(l => l).Take(options.TableLimit).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("severity").AddColumn("rule").AddColumn("record").AddColumn("message");
            foreach (var f in shown) table.AddRow(Severity(f.Severity), Markup.Escape(f.RuleId), Markup.Escape(f.Record.ToString()), Markup.Escape(f.Message));
            AnsiConsole.Write(table);
            if (summary.Total > shown.Count)
                AnsiConsole.MarkupLine($"{Units.Count(summary.Total - shown.Count)} more findings not shown (raise --limit, or use --json for all).");
        }
        var counts = new Table().Border(TableBorder.Rounded).Title("findings by rule").AddColumn("rule");
        var severities = Enum.GetValues<Severity>().Reverse().ToList();
        foreach (var s in severities) counts.AddColumn(new TableColumn(WireNames.Of(s)).RightAligned());
        counts.AddColumn(new TableColumn("total").RightAligned());
        foreach (var (rule, bySeverity) in summary.ByRule)
            counts.AddRow([Markup.Escape(rule), .. severities.Select(s => Units.Count(bySeverity.GetValueOrDefault(s))), Units.Count(bySeverity.Values.Sum())]);
        counts.AddRow(["[bold]all[/]", .. severities.Select(s => $"[bold]{Units.Count(summary.BySeverity.GetValueOrDefault(s))}[/]"), $"[bold]{Units.Count(summary.Total)}[/]"]);
        AnsiConsole.Write(counts);
        return summary;
    }

    public static CheckSummary PrintJson(IEnumerable<Finding> findings, string storeName, ProgrammeRules programme, string rulesSource, CheckOptions options)
    {
        var summary = new CheckSummary();
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("store", storeName);
        w.WriteString("programme", programme.Name);
        w.WriteString("rules", rulesSource);
        w.WriteString("checkedAt", DateTimeOffset.UtcNow);
        w.WriteString("minSeverity", WireNames.Of(options.MinSeverity));
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            summary.Add(f);
            w.WriteStartObject();
            w.WriteString("severity", WireNames.Of(f.Severity));
            w.WriteString("rule", f.RuleId);
            w.WriteString("record", f.Record.ToString());
            w.WriteString("recordKind", f.Record.Kind);
            w.WriteString("recordId", f.Record.Id);
            w.WriteString("message", f.Message);
            if (f.Figure is { } figure && double.IsFinite(figure)) w.WriteNumber("figure", figure);
            if (f.Threshold is { } threshold && double.IsFinite(threshold)) w.WriteNumber("threshold", threshold);
            if (f.Unit is { } unit) w.WriteString("unit", unit);
            w.WriteEndObject();
            if (w.BytesPending > 64 * 1024) w.Flush();
        }
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("findings", summary.Total);
        w.WriteStartObject("bySeverity");
        foreach (var s in Enum.GetValues<Severity>().Reverse()) w.WriteNumber(WireNames.Of(s), summary.BySeverity.GetValueOrDefault(s));
        w.WriteEndObject();
        w.WriteStartObject("byRule");
        foreach (var (rule, bySeverity) in summary.ByRule)
        {
            w.WriteStartObject(rule);
            foreach (var (s, n) in bySeverity.Reverse()) w.WriteNumber(WireNames.Of(s), n);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        if (options.FailOn is { } failOn) w.WriteString("failOn", WireNames.Of(failOn));
        else w.WriteNull("failOn");
        w.WriteBoolean("failed", options.FailOn is { } worst && summary.Worst is { } found && found >= worst);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        stdout.WriteByte((byte)'\n');
        return summary;
    }

    private static string Severity(Severity s) => s switch
    {
        Core.Rules.Severity.Error => "[red]error[/]",
        Core.Rules.Severity.Warning => "[yellow]warning[/]",
        _ => "info",
    };
}
