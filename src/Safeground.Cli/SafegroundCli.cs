using System.CommandLine;
using System.Globalization;
using Safeground.Cli.Commands;
using Safeground.Core;

namespace Safeground.Cli;

/// <summary>
/// The <c>safeground</c> command. Exit codes: 0 done, 1 failure, 2 usage error, 3 findings at or above
/// <c>check --fail-on</c>'s severity, 130 interrupted (nothing was written).
/// </summary>
public static class SafegroundCli
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int FindingsFailed = 3;
    public const int Interrupted = 130;

    public static RootCommand Build()
    {
        var root = new RootCommand(Texts.Render("cli.help.root"));
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(CheckCommand.Create(CheckClaimCommand.Create()));
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(QcCommand.Create());
        root.Subcommands.Add(RegionsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ReferenceCommands.Organisation());
        root.Subcommands.Add(ReferenceCommands.Team());
        root.Subcommands.Add(ReferenceCommands.Deployment());
        root.Subcommands.Add(OrdnanceCommand.Create());
        root.Subcommands.Add(BackupCommand.Backup());
        root.Subcommands.Add(BackupCommand.Restore());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(KitCommand.Create());
        root.Subcommands.Add(SyncCommand.Create());
        root.Subcommands.Add(PublishCommand.Create());
        root.Options.Add(CliLanguage.Option());
        CliLanguage.LocalizeHelp(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        // Before Build: the help is rendered when the command tree is made. Set here, the cultures flow to all the
        // work this call awaits and revert when it returns (an in-process caller keeps its own).
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var (culture, unknown) = CliLanguage.Choose(args, Environment.GetEnvironmentVariable);
        if (culture is null)
        {
            await Console.Error.WriteLineAsync(Error(Texts.Render("cli.lang.unknown", ("lang", unknown), ("languages", string.Join(", ", Languages.Supported)))));
            return Usage;
        }
        CultureInfo.CurrentUICulture = culture;
        var root = Build();
        // Spectre.Console assumes 80 columns when output is redirected: tables of regions would wrap into unreadable slivers.
        // COLUMNS can only widen that (a script that wants one line per table row sets it high).
        if (Console.IsOutputRedirected)
            Spectre.Console.AnsiConsole.Profile.Width = Math.Max(200, int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) ? columns : 0);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not CliHelp)
        {
            foreach (var e in parsed.Errors) await Console.Error.WriteLineAsync(Error(ParseErrorText.Of(e)));
            await Console.Error.WriteLineAsync(Texts.Render("cli.try-help"));
            return Usage;
        }
        // Ctrl-C and SIGTERM cancel the work; the open transaction is then rolled back and we say so.
        // (System.CommandLine's own handling would end the process after a timeout, mid-rollback.)
        using var cancel = new CancellationTokenSource();
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; cancel.Cancel(); });
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(Error(Texts.Render("cli.interrupted")));
            return Interrupted;
        }
        catch (SafegroundException e)
        {
            await Console.Error.WriteLineAsync(Error(e.Message));
            return e.Kind == ErrorKind.Invalid && e.Data.Contains("usage") ? Usage : Failure;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or InvalidDataException)
        {
            // Readers name the file, the feature or line, and the reason: that message is for the user.
            await Console.Error.WriteLineAsync(Error(e.Message));
            return Failure;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync(Error(e.Message));
            return Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync(Error(e.Message));
            return Failure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SAFEGROUND_DEBUG") is null)
        {
            await Console.Error.WriteLineAsync(Error(Texts.Render("cli.unexpected", ("type", e.GetType().Name), ("message", e.Message))));
            return Failure;
        }
    }

    /// <summary>A message on stderr as the command's: "safeground: " and the message.</summary>
    public static string Error(string message) => Texts.Render("cli.error-line", ("message", message));
}
