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
        AnsiConsole.MarkupLine(Texts.Render("cli.timeline.heading", ("hazard", Markup.Escape(hazardId)), ("store", Markup.Escape(storeName))));
        var t = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.column.date")).AddColumn(Texts.Render("cli.column.report"))
            .AddColumn(Texts.Render("cli.column.kind")).AddColumn(Texts.Render("cli.timeline.column.method"))
            .AddColumn(new TableColumn(Texts.Render("cli.timeline.column.released-m2")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.timeline.column.remaining-m2")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.timeline.column.remaining")).RightAligned()).AddColumn(Texts.Render("cli.column.status"));
        foreach (var p in points)
        {
            t.AddRow(Day(p.Date), Markup.Escape(p.ReportId), Markup.Escape(Words.Of(p.Kind)), p.Method is { } m ? Markup.Escape(Words.Of(m)) : "-",
                Units.Count((long)Math.Round(p.ReleasedM2)), Units.Count((long)Math.Round(p.RemainingM2)),
                p.OriginalM2 > 0 ? Units.Share(p.RemainingM2 / p.OriginalM2) : "-", Markup.Escape(Words.Of(p.Status)));
        }
        AnsiConsole.Write(t);
    }

    public static void PrintJson(string hazardId, IReadOnlyList<TimelinePoint> points, string storeName)
    {
        // The shape of GET /api/v1/hazards/{id}/timeline, with the store's name.
        Console.WriteLine(ContractJson.Write(new TimelineView(storeName, hazardId, points)));
    }

    private static string Day(DateOnly d) => Texts.Day(d);
}
