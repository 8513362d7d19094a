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
        var cmd = new Command("regions", Texts.Render("cli.help.regions"));
        cmd.Subcommands.Add(Import());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = Texts.Render("cli.help.regions-import.file") };
        var nameField = new Option<string>("--name-field") { Description = Texts.Render("cli.help.regions-import.name-field", ("default", RegionImport.DefaultNameField)), DefaultValueFactory = _ => RegionImport.DefaultNameField, HelpName = "NAME" };
        var layer = new Option<string?>("--layer") { Description = Texts.Render("cli.help.option.gpkg-layer"), HelpName = "NAME" };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("import", Texts.Render("cli.help.regions-import")) { file, nameField, layer, store, json };
        cmd.SetAction(parse =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists) throw SafegroundException.NotFound(Texts.Render("cli.error.file-missing", ("file", source.FullName)));
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
        var cmd = new Command("list", Texts.Render("cli.help.regions-list")) { store, json };
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
