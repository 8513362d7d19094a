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
        var cmd = new Command("kit", "Field kits: a GeoPackage of one region for a team working offline");
        cmd.Subcommands.Add(CreateKit());
        return cmd;
    }

    private static Command CreateKit()
    {
        var store = CommonOptions.Store();
        store.Description = "The source store: a GeoPackage file (or, later, a postgres:// URL)";
        var region = new Option<string>("--region") { Description = "The region the team works in: a stored region's name ('safeground regions list')", Required = true, HelpName = "NAME" };
        var output = new Option<string>("--out") { Description = "The kit to write: a new .gpkg file (never overwritten)", Required = true, HelpName = "KIT.gpkg" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = "A kit for this organisation: only its teams, deployments and reports in review (every organisation stays listed)", HelpName = "ID" };
        var json = CommonOptions.Json();
        var personal = new PersonalDataOptions();
        var cmd = new Command("create", "Write a kit: reference lists, the region's boundary, its hazards with every approved and pending report; no users, " +
            "no audit log, no victims' personal data unless an admin asks (--include-personal-data)")
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
                kit => LongWork.Run("kit", 1, report => FieldKit.Fill(s, kit, request,
                    (done, total) => report(total == 0 ? 1 : (double)done / total, $"{Units.Count(done)} of {Units.Count(total)} hazards"), cancel)));
            KitPrinter.Print(summary, target, new FileInfo(target).Length, parse.GetValue(json));
            return Task.FromResult(SafegroundCli.Ok);
        });
        return cmd;
    }
}
