using System.CommandLine;
using System.Diagnostics;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground publish &lt;product&gt; ... --out FILE</c>: printable products made from a store (Safeground.Products).
/// Each product is a subcommand in its own file, listed here; they share <see cref="Out"/> and <see cref="Write"/>, which writes to
/// FILE.tmp and renames, so a product is never seen half-written, and says what it wrote and how long it took.
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var cmd = new Command("publish", Texts.Render("cli.help.publish"));
        // One line per product, in the order help lists them.
        cmd.Subcommands.Add(PublishMonthlyCommand.Create());
        cmd.Subcommands.Add(PublishTreatyCommand.Create());
        cmd.Subcommands.Add(PublishCertificateCommand.Create());
        cmd.Subcommands.Add(PublishAccidentCommand.Create());
        cmd.Subcommands.Add(PublishSiteCommand.Create());
        return cmd;
    }

    /// <summary>The required <c>--out FILE</c> every product takes.</summary>
    public static Option<string> Out() => new("--out")
    {
        Description = Texts.Render("cli.help.publish.out"),
        Required = true,
        HelpName = "FILE",
    };

    /// <summary>
    /// Writes a product through <paramref name="write"/> to <paramref name="path"/>.tmp, renames it to
    /// <paramref name="path"/> and prints what was written. A failure leaves no file behind (nor a half-written one).
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        Console.WriteLine(Texts.Render("cli.publish.written", ("file", path), ("bytes", new FileInfo(full).Length),
            ("seconds", clock.Elapsed.TotalSeconds.ToString("0.0", Texts.Culture))));
    }
}
