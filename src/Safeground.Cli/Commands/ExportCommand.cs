using System.CommandLine;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Formats;
using Safeground.Storage.GeoPackage;
using Safeground.Formats.Export;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground export OUT</c>: the store as a GeoPackage, or one layer as GeoJSON or CSV. Nothing secret leaves: a
/// GeoPackage export holds no users, password or token hashes and no audit log, and its accident reports come without
/// victims' names, dates of birth and addresses unless an admin asks (<see cref="PersonalDataOptions"/>); the layers carry
/// victims only as counts, always.
/// </summary>
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
        var personal = new PersonalDataOptions();
        var cmd = new Command("export", "Export the store as GeoPackage, or a layer as GeoJSON or CSV (no users, secrets or audit log; victims' personal data only with --include-personal-data)")
        {
            output, store, format, layer,
        };
        personal.AddTo(cmd);
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
            if (fmt != "gpkg" && parse.GetValue(personal.Include))
                throw SafegroundException.Invalid($"--include-personal-data: the {fmt} layers carry victims only as counts; export a GeoPackage (.gpkg) for the accident reports themselves");
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var admin = personal.Authorise(parse, s, "export personal data", target);
            Run(s, target, fmt, parse.GetValue(layer)!, admin);
            Console.Error.WriteLine($"export: wrote {target}");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    /// <param name="admin">The admin who asked for victims' personal data (checked and audited); null: none leaves.</param>
    public static void Run(Core.Storage.ISafegroundStore store, string target, string format, string layer, User? admin)
    {
        ArgumentNullException.ThrowIfNull(store);
        var temp = target + ".part";
        try
        {
            if (format == "gpkg")
            {
                if (File.Exists(temp)) File.Delete(temp);
                if (store is not GeoPackageStore gpkg)
                    throw SafegroundException.Invalid($"export {target}: a PostgreSQL store is exported a layer at a time (--format geojson or csv); " +
                        "'safeground backup' copies the whole database");
                gpkg.ExportTo(temp, r => admin is not null && AccessPolicy.CanReleasePersonalData(admin)
                    && AccessPolicy.CanSeePersonalData(admin, r.OrganisationId) ? r : PersonalData.Withhold(r));
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

    private static void Write(Core.Storage.IProjectionStore store, Stream stream, string format, string layer)
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
