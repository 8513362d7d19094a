using System.CommandLine;
using Safeground.Core;
using Safeground.Formats;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground export OUT</c>: the store as a GeoPackage, or one layer as GeoJSON or CSV.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Argument<FileInfo>("output") { Description = "File to write (.gpkg, .geojson or .csv)" };
        var store = CommonOptions.Store();
        var format = new Option<string?>("--format") { Description = "gpkg, geojson or csv (default: from the file extension)", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("gpkg", "geojson", "csv");
        var layer = new Option<string>("--layer") { Description = "For GeoJSON/CSV: hazards, released, finds or accidents", DefaultValueFactory = _ => "hazards", HelpName = "LAYER" };
        layer.AcceptOnlyFromAmong("hazards", "released", "finds", "accidents");
        var cmd = new Command("export", "Export the store as GeoPackage, or a layer as GeoJSON or CSV") { output, store, format, layer };
        cmd.SetAction(parse =>
        {
            var target = parse.GetValue(output)!.FullName;
            var fmt = parse.GetValue(format) ?? Path.GetExtension(target).ToLowerInvariant() switch
            {
                ".gpkg" => "gpkg",
                ".geojson" or ".json" => "geojson",
                ".csv" => "csv",
                var e => throw SafegroundException.Invalid($"{target}: cannot tell the format from '{e}'; give --format gpkg, geojson or csv"),
            };
            Run(parse.GetValue(store)!, target, fmt, parse.GetValue(layer)!);
            Console.Error.WriteLine($"export: wrote {target}");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static void Run(string storePath, string target, string format, string layer)
    {
        using var store = StoreOpener.Open(storePath, create: false);
        var temp = target + ".part";
        try
        {
            if (format == "gpkg")
            {
                if (File.Exists(temp)) File.Delete(temp);
                if (store is not GeoPackageStore gpkg)
                    throw SafegroundException.Invalid($"export {target}: a PostgreSQL store is exported a layer at a time (--format geojson or csv); " +
                        "'safeground backup' copies the whole database");
                gpkg.CopyTo(temp);
            }
            else
            {
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                Write(store, stream, format, layer);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void Write(Core.Storage.ISafegroundStore store, Stream stream, string format, string layer)
    {
        bool geojson = format == "geojson";
        switch (layer)
        {
            case "hazards": if (geojson) GeoJsonExport.WriteHazards(stream, store.Hazards()); else CsvExport.WriteHazards(stream, store.Hazards()); break;
            case "released": var released = store.Hazards().SelectMany(h => h.Releases); if (geojson) GeoJsonExport.WriteReleases(stream, released); else CsvExport.WriteReleases(stream, released); break;
            case "finds": if (geojson) GeoJsonExport.WriteFinds(stream, store.Finds()); else CsvExport.WriteFinds(stream, store.Finds()); break;
            default: if (geojson) GeoJsonExport.WriteAccidents(stream, store.Accidents()); else CsvExport.WriteAccidents(stream, store.Accidents()); break;
        }
    }
}
