using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Core.Kits;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground kit create</c>: a GeoPackage for a team that works one region offline for weeks (see
/// <see cref="FieldKit"/> for what goes in). Built as OUT.partial and renamed when complete; never overwrites.
/// </summary>
public static class KitCommand
{
    public static Command Create()
    {
        var cmd = new Command("kit", Texts.Render("cli.help.kit"));
        cmd.Subcommands.Add(CreateKit());
        return cmd;
    }

    private static Command CreateKit()
    {
        var store = CommonOptions.Store();
        store.Description = Texts.Render("cli.help.kit-create.store");
        var region = new Option<string>("--region") { Description = Texts.Render("cli.help.kit-create.region"), Required = true, HelpName = "NAME" };
        var output = new Option<string>("--out") { Description = Texts.Render("cli.help.kit-create.out"), Required = true, HelpName = "KIT.gpkg" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = Texts.Render("cli.help.kit-create.organisation"), HelpName = "ID" };
        var json = CommonOptions.Json();
        var personal = new PersonalDataOptions();
        var cmd = new Command("create", Texts.Render("cli.help.kit-create"))
        {
            store, region, output, organisation, json,
        };
        personal.AddTo(cmd);
        cmd.SetAction((parse, cancel) =>
        {
            var source = parse.GetValue(store)!;
            var target = parse.GetValue(output)!;
            var request = new KitRequest(parse.GetValue(region)!, parse.GetValue(organisation));
            using var s = StoreOpener.Open(source, create: false);
            FieldKit.Resolve(s, request);
            // Checked and audited before the file is made; a refusal leaves no kit.
            request = request with { PersonalDataFor = personal.Authorise(parse, s, "kit personal data", Path.GetFullPath(target)) };
            var summary = KitFile.Create(target, path => StoreOpener.Open(path, create: true), StoreOpener.Delete,
                kit => LongWork.Run(Texts.Render("cli.kit.progress-title"), 1, report => FieldKit.Fill(s, kit, request,
                    (done, total) => report(total == 0 ? 1 : (double)done / total, Texts.Render("cli.kit.progress", ("done", done), ("total", total))), cancel)));
            KitPrinter.Print(summary, target, new FileInfo(target).Length, parse.GetValue(json));
            return Task.FromResult(SafegroundCli.Ok);
        });
        return cmd;
    }
}
