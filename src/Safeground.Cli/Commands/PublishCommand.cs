using System.CommandLine;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground publish</c>: the programme's information products. A minimal parent for <c>publish site</c>; the
/// other products (monthly report, certificate, accident report, treaty tables) join it as subcommands.
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var cmd = new Command("publish", Texts.Render("cli.help.publish"));
        cmd.Subcommands.Add(PublishSiteCommand.Create());
        return cmd;
    }
}
