using System.CommandLine;
using Safeground.Products;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground publish certificate HAZARD --out FILE.pdf</c>: the completion and handover certificate of a released hazard.</summary>
public static class PublishCertificateCommand
{
    public static Command Create()
    {
        var hazard = new Argument<string>("hazard") { Description = Texts.Render("cli.help.publish-certificate.hazard") };
        var output = PublishCommand.Out();
        var store = CommonOptions.Store();
        var cmd = new Command("certificate", Texts.Render("cli.help.publish-certificate")) { hazard, output, store };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var request = new CertificateRequest(parse.GetValue(hazard)!);
            PublishCommand.Write(parse.GetValue(output)!, stream => CompletionCertificate.Write(s, request, stream));
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
