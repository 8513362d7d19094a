using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace Safeground.Cli;

/// <summary>
/// The language the CLI speaks: <c>--lang</c>, else the POSIX locale (LC_ALL, LC_MESSAGES, LANG, as gettext reads
/// them), else English. Chosen before the command tree is built, since the help texts are rendered when it is.
/// Only the UI culture follows it; CurrentCulture stays invariant so no file or JSON depends on the user's shell.
/// </summary>
internal static class CliLanguage
{
    public const string OptionName = "--lang";

    /// <summary>The culture to speak in, or null with the <c>--lang</c> value that names no language we speak.</summary>
    public static (CultureInfo? Culture, string? Unknown) Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string? wish = args[i] == OptionName && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(OptionName + "=", StringComparison.Ordinal) ? args[i][(OptionName.Length + 1)..] : null;
            if (wish is null) continue;
            return Languages.Find(wish) is { } chosen ? (chosen, null) : (null, wish);
        }
        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
            if (environment(variable) is { Length: > 0 } value)
                return (Languages.Find(value) ?? CultureInfo.GetCultureInfo("en"), null); // the first set one decides, as in C
        return (CultureInfo.GetCultureInfo("en"), null);
    }

    /// <summary>The <c>--lang</c> option, on every command (it was read before parsing; this lets the parser accept it).</summary>
    public static Option<string> Option() => new(OptionName)
    {
        Description = Texts.Render("cli.help.lang", ("languages", string.Join(", ", Languages.Supported))),
        HelpName = "code",
        Recursive = true,
    };

    /// <summary>Help in the reader's language (<see cref="CliHelp"/>), and the built-in options' descriptions as texts.</summary>
    public static void LocalizeHelp(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = Texts.Render("cli.help.help");
                help.Action = new CliHelp();
            }
            else if (option is VersionOption version) version.Description = Texts.Render("cli.help.version");
        }
    }
}
