using System.CommandLine;
using Safeground.Products;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground publish accident REPORT --out FILE.pdf [--include-personal-data --admin NAME]</c>: the IMAS 10.60 accident
/// report. Victims' names, dates of birth and addresses are printed only when an admin releases them, as for <c>export</c>.
/// </summary>
public static class PublishAccidentCommand
{
    public static Command Create()
    {
        var report = new Argument<string>("report") { Description = Texts.Render("cli.help.publish-accident.report") };
        var output = PublishCommand.Out();
        var store = CommonOptions.Store();
        var personal = new PersonalDataOptions();
        var cmd = new Command("accident", Texts.Render("cli.help.publish-accident")) { report, output, store };
        personal.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var path = parse.GetValue(output)!;
            var admin = personal.Authorise(parse, s, "publish accident report with personal data", Path.GetFullPath(path));
            var request = new AccidentRequest(parse.GetValue(report)!, PersonalData: admin is not null);
            PublishCommand.Write(path, stream => AccidentProduct.Write(s, request, stream));
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
