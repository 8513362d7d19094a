using System.Globalization;
using System.Text.Json;
using Safeground.Core.Rollups;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>Renders a hazard's timeline as a table or JSON.</summary>
public static class TimelinePrinter
{
    public static void Print(string hazardId, IReadOnlyList<TimelinePoint> points, string storeName)
    {
        AnsiConsole.MarkupLine($"[bold]Timeline[/] of hazard [bold]{Markup.Escape(hazardId)}[/] in [blue]{Markup.Escape(storeName)}[/]");
        var t = new Table().Border(TableBorder.Rounded).AddColumn("date").AddColumn("report").AddColumn("kind").AddColumn("method")
            .AddColumn(new TableColumn("released m²").RightAligned()).AddColumn(new TableColumn("remaining m²").RightAligned())
            .AddColumn(new TableColumn("remaining").RightAligned()).AddColumn("status");
        foreach (var p in points)
        {
            t.AddRow(Day(p.Date), Markup.Escape(p.ReportId), WireNames.Of(p.Kind), p.Method is { } m ? WireNames.Of(m) : "-",
                Units.Count((long)Math.Round(p.ReleasedM2)), Units.Count((long)Math.Round(p.RemainingM2)),
                p.OriginalM2 > 0 ? (p.RemainingM2 / p.OriginalM2).ToString("P1", CultureInfo.InvariantCulture) : "-", WireNames.Of(p.Status));
        }
        AnsiConsole.Write(t);
    }

    public static void PrintJson(string hazardId, IReadOnlyList<TimelinePoint> points, string storeName)
    {
        var doc = new
        {
            store = storeName,
            hazardId,
            points = points.Select(p => new
            {
                date = Day(p.Date),
                reportId = p.ReportId,
                kind = WireNames.Of(p.Kind),
                method = p.Method is { } m ? WireNames.Of(m) : null,
                releasedM2 = p.ReleasedM2,
                remainingM2 = p.RemainingM2,
                originalM2 = p.OriginalM2,
                cancelledM2 = p.CancelledM2,
                reducedM2 = p.ReducedM2,
                clearedM2 = p.ClearedM2,
                status = WireNames.Of(p.Status),
            }).ToList(),
        };
        Console.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
