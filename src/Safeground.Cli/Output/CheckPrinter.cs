using System.Text.Json;
using Safeground.Cli.Commands;
using Safeground.Contracts;
using Safeground.Core.Checks;
using Safeground.Core.Rules;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>
/// Prints findings as they stream: a table for people (most severe first, at most the table limit, then
/// counts by rule and severity) or JSON for scripts, a <see cref="CheckView"/> (documented in docs/user-guide.md).
/// </summary>
public static class CheckPrinter
{
    public static FindingTally Print(IEnumerable<Finding> findings, string storeName, ProgrammeRules programme, string rulesSource, CheckOptions options)
    {
        var summary = new FindingTally();
        // The most severe first, without holding every finding: at most the limit per severity.
        var kept = new SortedDictionary<Severity, List<Finding>>(Comparer<Severity>.Create((a, b) => b.CompareTo(a)));
        foreach (var f in findings)
        {
            summary.Add(f);
            if (!kept.TryGetValue(f.Severity, out var list)) kept[f.Severity] = list = [];
            if (list.Count < options.TableLimit) list.Add(f);
        }
        AnsiConsole.MarkupLine(Texts.Render("cli.check.heading", ("store", Markup.Escape(storeName)), ("programme", Markup.Escape(programme.Name)), ("rules", Markup.Escape(rulesSource))));
        if (summary.Total == 0)
        {
            AnsiConsole.MarkupLine(Texts.Render("cli.check.no-findings"));
            return summary;
        }
        var shown = kept.Values.SelectMany(l => l).Take(options.TableLimit).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.check.column.severity")).AddColumn(Texts.Render("cli.check.column.rule"))
                .AddColumn(Texts.Render("cli.check.column.record")).AddColumn(Texts.Render("cli.check.column.message"));
            foreach (var f in shown) table.AddRow(Severity(f.Severity), Markup.Escape(f.RuleId), Markup.Escape(f.Record.ToString()), Markup.Escape(f.Message));
            AnsiConsole.Write(table);
            if (summary.Total > shown.Count)
                AnsiConsole.MarkupLine(Texts.Render("cli.check.more-not-shown", ("count", summary.Total - shown.Count)));
        }
        var counts = new Table().Border(TableBorder.Rounded).Title(Texts.Render("cli.check.by-rule")).AddColumn(Texts.Render("cli.check.column.rule"));
        var severities = Enum.GetValues<Severity>().Reverse().ToList();
        foreach (var s in severities) counts.AddColumn(new TableColumn(Markup.Escape(Words.Of(s))).RightAligned());
        counts.AddColumn(new TableColumn(Texts.Render("cli.column.total")).RightAligned());
        foreach (var (rule, bySeverity) in summary.ByRule)
            counts.AddRow([Markup.Escape(rule), .. severities.Select(s => Units.Count(bySeverity.GetValueOrDefault(s))), Units.Count(bySeverity.Values.Sum())]);
        counts.AddRow([$"[bold]{Texts.Render("cli.row.all")}[/]", .. severities.Select(s => $"[bold]{Units.Count(summary.BySeverity.GetValueOrDefault(s))}[/]"), $"[bold]{Units.Count(summary.Total)}[/]"]);
        AnsiConsole.Write(counts);
        return summary;
    }

    /// <summary>
    /// Writes a <see cref="CheckView"/> (the shape of GET /api/v1/checks) while the findings stream past: the envelope by
    /// the record's own property names, each finding and the summary serialised as their records.
    /// </summary>
    public static FindingTally PrintJson(IEnumerable<Finding> findings, string storeName, ProgrammeRules programme, string rulesSource, CheckOptions options)
    {
        var tally = new FindingTally();
        var json = ContractJson.Indented;
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = json.Encoder });
        w.WriteStartObject();
        w.WriteString(Name(nameof(CheckView.Store)), storeName);
        w.WriteString(Name(nameof(CheckView.Programme)), programme.Name);
        w.WriteString(Name(nameof(CheckView.Rules)), rulesSource);
        w.WritePropertyName(Name(nameof(CheckView.CheckedAt)));
        JsonSerializer.Serialize(w, DateTimeOffset.UtcNow, json);
        w.WritePropertyName(Name(nameof(CheckView.MinSeverity)));
        JsonSerializer.Serialize(w, options.MinSeverity, json);
        w.WriteStartArray(Name(nameof(CheckView.Findings)));
        foreach (var f in findings)
        {
            tally.Add(f);
            JsonSerializer.Serialize(w, FindingView.From(f), json);
            if (w.BytesPending > 64 * 1024) w.Flush();
        }
        w.WriteEndArray();
        w.WritePropertyName(Name(nameof(CheckView.Summary)));
        JsonSerializer.Serialize(w, tally.ToView(options.FailOn, withFailOn: true), json);
        w.WriteEndObject();
        w.Flush();
        stdout.WriteByte((byte)'\n');
        return tally;
    }

    private static string Name(string property) => ContractJson.Indented.PropertyNamingPolicy!.ConvertName(property);

    private static string Severity(Severity s) => s switch
    {
        Core.Rules.Severity.Error => $"[red]{Texts.Render("cli.severity.error")}[/]",
        Core.Rules.Severity.Warning => $"[yellow]{Texts.Render("cli.severity.warning")}[/]",
        _ => Texts.Render("cli.severity.info"),
    };
}
