using System.Globalization;
using Safeground.Contracts;
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
        // The shape of GET /api/v1/hazards/{id}/timeline, with the store's name.
        Console.WriteLine(ContractJson.Write(new TimelineView(storeName, hazardId, points)));
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
