using System.Text.Json;
using Safeground.Core.Spatial;
using Safeground.Core.Import;
using Region = Safeground.Core.Reference.Region;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>Renders regions and a region import for people or as JSON.</summary>
public static class RegionsPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void PrintImport(RegionImportResult result, string storeName, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { store = storeName, regions = Rows(result.Regions), repairs = result.Repairs }, Indented));
            return;
        }
        AnsiConsole.MarkupLine($"Stored [bold]{result.Regions.Count}[/] regions in [blue]{Markup.Escape(storeName)}[/] (replacing any before).");
        foreach (var r in result.Repairs) AnsiConsole.MarkupLine($"[yellow]repaired[/] {Markup.Escape(r)}");
        Table(result.Regions);
    }

    public static void PrintList(IReadOnlyList<Region> regions, string storeName, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { store = storeName, regions = Rows(regions) }, Indented));
            return;
        }
        if (regions.Count == 0)
        {
            AnsiConsole.MarkupLine($"No regions in [blue]{Markup.Escape(storeName)}[/]; add them with 'safeground regions import FILE'.");
            return;
        }
        Table(regions);
    }

    private static void Table(IReadOnlyList<Region> regions)
    {
        var t = new Table().Border(TableBorder.Rounded).AddColumn("region").AddColumn(new TableColumn("parts").RightAligned())
            .AddColumn(new TableColumn("vertices").RightAligned()).AddColumn(new TableColumn("area").RightAligned());
        foreach (var r in regions)
            t.AddRow(Markup.Escape(r.Name), Units.Count(r.Boundary.NumGeometries), Units.Count(r.Boundary.NumPoints), Units.Area(Polygons.AreaM2(r.Boundary)));
        AnsiConsole.Write(t);
    }

    private static List<object> Rows(IReadOnlyList<Region> regions) =>
        regions.Select(r => (object)new { name = r.Name, parts = r.Boundary.NumGeometries, vertices = r.Boundary.NumPoints, areaM2 = Polygons.AreaM2(r.Boundary) }).ToList();
}
