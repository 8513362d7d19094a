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
        AnsiConsole.MarkupLine(Texts.Render("cli.regions.stored", ("count", result.Regions.Count), ("store", Markup.Escape(storeName))));
        foreach (var r in result.Repairs) AnsiConsole.MarkupLine(Texts.Render("cli.regions.repaired", ("repair", Markup.Escape(r))));
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
            AnsiConsole.MarkupLine(Texts.Render("cli.regions.none", ("store", Markup.Escape(storeName))));
            return;
        }
        Table(regions);
    }

    private static void Table(IReadOnlyList<Region> regions)
    {
        var t = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.regions.column.region")).AddColumn(new TableColumn(Texts.Render("cli.regions.column.parts")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.regions.column.vertices")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.column.area")).RightAligned());
        foreach (var r in regions)
            t.AddRow(Markup.Escape(r.Name), Units.Count(r.Boundary.NumGeometries), Units.Count(r.Boundary.NumPoints), Units.Area(Polygons.AreaM2(r.Boundary)));
        AnsiConsole.Write(t);
    }

    private static List<object> Rows(IReadOnlyList<Region> regions) =>
        regions.Select(r => (object)new { name = r.Name, parts = r.Boundary.NumGeometries, vertices = r.Boundary.NumPoints, areaM2 = Polygons.AreaM2(r.Boundary) }).ToList();
}
