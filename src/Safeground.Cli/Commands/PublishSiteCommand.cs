using System.CommandLine;
using Safeground.Core.Publication;
using Safeground.Server.Public;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground publish site --out DIR</c>: the public transparency site as plain files any web host (or a browser
/// opening index.html from disk) shows, in the language of <c>--lang</c>. Only what <see cref="PublicFigures"/> holds
/// leaves the store: hazards and released land with status, class, method, year, area and region; finds on a coarse
/// grid; accidents and victims as counts.
/// </summary>
public static class PublishSiteCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = Texts.Render("cli.help.publish.site.out"), Required = true, HelpName = "DIR" };
        var store = CommonOptions.Store();
        var cmd = new Command("site", Texts.Render("cli.help.publish.site")) { output, store };
        cmd.SetAction(parse =>
        {
            var target = parse.GetValue(output)!.FullName;
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var figures = PublicFigures.Compute(s, Core.Rules.StoredProgramme.Of(s), DateOnly.FromDateTime(DateTime.UtcNow));
            var site = PublicSite.Make(figures);
            PublicSite.Write(site, target);
            Console.Error.WriteLine(Texts.Render("cli.publish.site.wrote", ("count", site.Count), ("target", target)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
