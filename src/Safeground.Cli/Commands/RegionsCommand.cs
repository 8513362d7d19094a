using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Import;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground regions import FILE</c> and <c>regions list</c>: the administrative boundaries roll-ups
/// group by. An import replaces the stored set in one transaction.
/// </summary>
public static class RegionsCommand
{
    public static Command Create()
    {
        var cmd = new Command("regions", "Administrative regions (boundary polygons) that 'status --by region' groups by");
        cmd.Subcommands.Add(Import());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .geojson/.json or .gpkg file of polygons, one feature per region" };
        var nameField = new Option<string>("--name-field") { Description = $"The property holding each region's name (default {RegionImport.DefaultNameField})", DefaultValueFactory = _ => RegionImport.DefaultNameField, HelpName = "NAME" };
        var layer = new Option<string?>("--layer") { Description = "GeoPackage layer to read", HelpName = "NAME" };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("import", "Replace the stored regions with the polygons of a file") { file, nameField, layer, store, json };
        cmd.SetAction(parse =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists) throw SafegroundException.NotFound($"{source.FullName} does not exist");
            var input = new ImportInput(source.FullName, parse.GetValue(layer), "lon", "lat");
            var result = RegionImport.Read(input.Read(), source.Name, parse.GetValue(nameField)!);
            var path = parse.GetValue(store)!;
            using (var s = StoreOpener.Open(path, create: true))
            using (var tx = s.BeginWrite())
            {
                tx.ReplaceRegions(result.Regions);
                tx.Commit();
            }
            RegionsPrinter.PrintImport(result, path, parse.GetValue(json));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("list", "The stored regions with their ellipsoidal areas") { store, json };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            RegionsPrinter.PrintList(s.Regions(), path, parse.GetValue(json));
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
