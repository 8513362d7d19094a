using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Import;
using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground import FILE</c>: hazards (polygons), finds, accidents or civilian casualty incidents (points) from GeoJSON, CSV, KML/KMZ, a Shapefile or a
/// GeoPackage layer. The whole import is one transaction: rejected features are named and skipped,
/// and an interrupted or failing import leaves the store as it was.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = Texts.Render("cli.help.import.file") };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var kind = new Option<string>("--as") { Description = Texts.Render("cli.help.import.as"), HelpName = "KIND" };
        kind.AcceptOnlyFromAmong("hazards", "finds", "accidents", "incidents", "releases");
        var layer = new Option<string?>("--layer") { Description = Texts.Render("cli.help.option.gpkg-layer"), HelpName = "NAME" };
        var lon = new Option<string>("--lon-column") { Description = Texts.Render("cli.help.import.lon-column"), DefaultValueFactory = _ => "lon", HelpName = "NAME" };
        var lat = new Option<string>("--lat-column") { Description = Texts.Render("cli.help.import.lat-column"), DefaultValueFactory = _ => "lat", HelpName = "NAME" };
        var map = new Option<string[]>("--map") { Description = Texts.Render("cli.help.import.map"), AllowMultipleArgumentsPerToken = false, HelpName = "FIELD=PROPERTY" };
        var organisation = new Option<string>("--organisation") { Description = Texts.Render("cli.help.import.organisation"), DefaultValueFactory = _ => "IMPORT", HelpName = "ID" };
        var date = new Option<string?>("--date") { Description = Texts.Render("cli.help.import.date"), HelpName = "DATE" };
        var prefix = new Option<string?>("--id-prefix") { Description = Texts.Render("cli.help.import.id-prefix"), HelpName = "PREFIX" };
        var minArea = new Option<double>("--min-area") { Description = Texts.Render("cli.help.import.min-area"), DefaultValueFactory = _ => 1.0, HelpName = "M2" };
        var category = new Option<string?>("--default-category") { Description = Texts.Render("cli.help.import.default-category"), HelpName = "CATEGORY" };
        var show = new Option<int>("--show") { Description = Texts.Render("cli.help.import.show"), DefaultValueFactory = _ => 20, HelpName = "N" };
        var by = new Option<string?>("--by") { Description = Texts.Render("cli.help.import.by"), HelpName = "USERNAME" };
        var dryRun = new Option<bool>("--dry-run") { Description = Texts.Render("cli.help.import.dry-run") };

        var cmd = new Command("import", Texts.Render("cli.help.import"))
        {
            file, store, kind, layer, lon, lat, map, organisation, date, prefix, minArea, category, show, by, dryRun, json,
        };
        cmd.Validators.Add(result =>
        {
            bool releases = result.GetValue(kind) == "releases";
            if (releases && result.GetValue(by) is null) result.AddError(Texts.Render("import.history.error.by-required"));
            if (!releases && (result.GetValue(by) is not null || result.GetValue(dryRun))) result.AddError(Texts.Render("import.history.error.releases-only"));
        });
        cmd.SetAction((parse, cancel) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists) throw SafegroundException.NotFound(Texts.Render("cli.error.file-missing", ("file", source.FullName)));
            var input = new ImportInput(source.FullName, parse.GetValue(layer), parse.GetValue(lon)!, parse.GetValue(lat)!);
            var now = TimeProvider.System.GetUtcNow();
            var options = new ImportOptions(
                source.Name,
                parse.GetValue(prefix) ?? Path.GetFileNameWithoutExtension(source.Name),
                parse.GetValue(organisation)!,
                Environment.UserName,
                parse.GetValue(date) is { } d ? DateParsing.Parse(d, "--date") : DateOnly.FromDateTime(now.UtcDateTime),
                now,
                FieldMapping.Parse(parse.GetValue(map) ?? []));
            EoCategory? defaultCategory = null;
            if (parse.GetValue(category) is { } c)
                defaultCategory = EoNames.Category(c) ?? throw SafegroundException.Invalid(Texts.Render("cli.error.import.not-a-category", ("category", c)));
            var what = parse.GetValue(kind) ?? input.Guess();
            if (what == "releases")
                return Task.FromResult(ImportReleases.Run(parse.GetValue(store)!, input, options with { ImportedBy = parse.GetValue(by)! },
                    new PolygonTriage(parse.GetValue(minArea)), parse.GetValue(dryRun), parse.GetValue(show), parse.GetValue(json), cancel));

            var storePath = parse.GetValue(store)!;
            bool newStore = !StoreOpener.Exists(storePath);
            ImportSummary summary;
            try
            {
                // Incidents take --date only when given: a file without dates is refused by feature, never dated today.
                DateOnly? dateForAll = parse.GetValue(date) is { } given ? options.DateOfInformation : null;
                summary = Run(storePath, input, what, options, new PolygonTriage(parse.GetValue(minArea)), defaultCategory, cancel, dateForAll);
            }
            catch
            {
                if (newStore) StoreOpener.Delete(storePath); // a failed import into a new store leaves no empty file behind
                throw;
            }
            if (newStore && summary.Imported == 0) StoreOpener.Delete(storePath);
            ImportPrinter.Print(summary, what, storePath, parse.GetValue(show), parse.GetValue(json));
            // A file imported again writes nothing and is no failure: every feature is accounted for.
            return Task.FromResult(summary.Imported + summary.AlreadyImported > 0 ? SafegroundCli.Ok : SafegroundCli.Failure);
        });
        return cmd;
    }


    public static ImportSummary Run(string storePath, ImportInput input, string what, ImportOptions options, PolygonTriage triage, EoCategory? defaultCategory, CancellationToken cancel,
        DateOnly? dateForAll = null)
    {
        var summary = new ImportSummary { Source = input.Path };
        using var store = StoreOpener.Open(storePath, create: true);
        var organisations = store.Organisations().Any(o => o.Id == options.OrganisationId)
            ? []
            : new[] { new Organisation(options.OrganisationId, options.OrganisationId == "IMPORT" ? "Imported records" : options.OrganisationId, "") };
        LongWork.Run(Texts.Render("cli.import.progress-title", ("file", Path.GetFileName(input.Path))), input.Size, progress =>
        {
            var features = input.Read(bytes => progress(bytes, Texts.Render("cli.import.progress", ("count", summary.Read))));
            if (what == "accidents")
            {
                new AccidentImport(store, TimeProvider.System, StoredProgramme.Of(store)).Run(features, options, summary, cancel);
                return summary.Kept;
            }
            if (what == "incidents")
            {
                new IncidentImport(store, TimeProvider.System, StoredProgramme.Of(store), dateForAll).Run(features, options, summary, cancel);
                return summary.Kept;
            }
            var loader = new BulkLoader(store, TimeProvider.System, StoredProgramme.Of(store));
            var loaded = what == "finds"
                ? loader.Load(organisations, [], [], [], new FindImport(options, defaultCategory, OrdnanceCatalogue.Of(store)).Reports(features, summary), options.ImportedBy, null, cancel)
                : loader.Load(organisations, [], [], new HazardImport(options, triage, loader.Rules).Reports(features, summary), [], options.ImportedBy, null, cancel);
            summary.HeldBack = loaded.HeldBack;
            return loaded.Reports;
        });
        if (summary.Imported > 0 && store.CurrentRules() is null)
        {
            // The store says which rules its data was loaded under (a store made before schema 6, or new: the built-in default).
            using var tx = store.BeginWrite();
            StoredProgramme.RecordDefaultIfNone(store, tx, options.ImportedBy, DateTimeOffset.UtcNow);
            tx.Commit();
        }
        return summary;
    }
}
