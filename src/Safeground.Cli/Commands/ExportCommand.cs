using System.CommandLine;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Formats;
using Safeground.Storage.GeoPackage;
using Safeground.Formats.Export;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground export OUT</c>: the store as a GeoPackage, or one layer as GeoJSON, CSV, KML, KMZ or a Shapefile. Nothing secret leaves: a
/// GeoPackage export holds no users, password or token hashes and no audit log, and its accident reports come without
/// victims' names, dates of birth and addresses unless an admin asks (<see cref="PersonalDataOptions"/>); the layers carry
/// victims only as counts, always.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Argument<FileInfo>("output") { Description = Texts.Render("cli.help.export.output") };
        var store = CommonOptions.Store();
        var format = new Option<string?>("--format") { Description = Texts.Render("cli.help.export.format"), HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("gpkg", "geojson", "csv", "kml", "kmz", "shp");
        var layer = new Option<string>("--layer") { Description = Texts.Render("cli.help.export.layer"), DefaultValueFactory = _ => "hazards", HelpName = "LAYER" };
        layer.AcceptOnlyFromAmong("hazards", "released", "finds", "accidents", "risk-education", "incidents");
        var personal = new PersonalDataOptions();
        var cmd = new Command("export", Texts.Render("cli.help.export"))
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
                ".kml" => "kml",
                ".kmz" => "kmz",
                ".shp" or ".zip" => "shp",
                var e => throw SafegroundException.Invalid(Texts.Render("cli.error.export.unknown-extension", ("target", target), ("extension", e))),
            };
            if (fmt != "gpkg" && parse.GetValue(personal.Include))
                throw SafegroundException.Invalid(Texts.Render("cli.error.export.personal-data-layer", ("format", fmt)));
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var admin = personal.Authorise(parse, s, "export personal data", target);
            Run(s, target, fmt, parse.GetValue(layer)!, admin);
            Console.Error.WriteLine(Texts.Render("cli.export.wrote", ("target", target)));
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
                    throw SafegroundException.Invalid(Texts.Render("cli.error.export.postgis-gpkg", ("target", target)));
                gpkg.ExportTo(temp, r => admin is not null && AccessPolicy.CanReleasePersonalData(admin)
                    && AccessPolicy.CanSeePersonalData(admin, r.OrganisationId) ? r : PersonalData.Withhold(r));
            }
            else if (format == "shp")
            {
                // A shapefile is several files (or a zip of them): the writer moves each in place when all are written.
                WriteShapefile(store, target, layer);
                return;
            }
            else
            {
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                if (format == "kmz") KmlExport.Zipped(stream, s => Write(store, s, "kml", layer));
                else Write(store, stream, format, layer);
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
        if (format == "kml")
        {
            WriteKml(store, stream, layer);
            return;
        }

        bool geojson = format == "geojson";
        switch (layer)
        {
            case "hazards": if (geojson) GeoJsonExport.WriteHazards(stream, store.Hazards()); else CsvExport.WriteHazards(stream, store.Hazards()); break;
            case "released": var released = store.Hazards().SelectMany(h => h.Releases); if (geojson) GeoJsonExport.WriteReleases(stream, released); else CsvExport.WriteReleases(stream, released); break;
            case "finds": if (geojson) GeoJsonExport.WriteFinds(stream, store.Finds()); else CsvExport.WriteFinds(stream, store.Finds()); break;
            case "incidents": if (geojson) GeoJsonExport.WriteIncidents(stream, store.Incidents()); else CsvExport.WriteIncidents(stream, store.Incidents()); break;
            case "risk-education": if (geojson) GeoJsonExport.WriteRiskEducation(stream, store.RiskEducationSessions()); else CsvExport.WriteRiskEducation(stream, store.RiskEducationSessions()); break;
            default: if (geojson) GeoJsonExport.WriteAccidents(stream, store.Accidents()); else CsvExport.WriteAccidents(stream, store.Accidents()); break;
        }
    }

    private static void WriteKml(Core.Storage.IProjectionStore store, Stream stream, string layer)
    {
        switch (layer)
        {
            case "hazards": KmlExport.WriteHazards(stream, store.Hazards()); break;
            case "released": KmlExport.WriteReleases(stream, store.Hazards().SelectMany(h => h.Releases)); break;
            case "finds": KmlExport.WriteFinds(stream, store.Finds()); break;
            case "incidents": KmlExport.WriteIncidents(stream, store.Incidents()); break;
            case "risk-education": KmlExport.WriteRiskEducation(stream, store.RiskEducationSessions()); break;
            default: KmlExport.WriteAccidents(stream, store.Accidents()); break;
        }
    }

    private static void WriteShapefile(Core.Storage.IProjectionStore store, string target, string layer)
    {
        switch (layer)
        {
            case "hazards": ShapefileExport.WriteHazards(target, store.Hazards()); break;
            case "released": ShapefileExport.WriteReleases(target, store.Hazards().SelectMany(h => h.Releases)); break;
            case "finds": ShapefileExport.WriteFinds(target, store.Finds()); break;
            case "incidents": ShapefileExport.WriteIncidents(target, store.Incidents()); break;
            case "risk-education": ShapefileExport.WriteRiskEducation(target, store.RiskEducationSessions()); break;
            default: ShapefileExport.WriteAccidents(target, store.Accidents()); break;
        }
    }
}
