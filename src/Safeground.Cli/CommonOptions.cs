using System.CommandLine;

namespace Safeground.Cli;

/// <summary>Options every data command shares, declared once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public const string DefaultStore = "safeground.gpkg";

    public static Option<string> Store(string defaultPath = DefaultStore) => new("--store")
    {
        Description = Texts.Render("cli.help.option.store", ("default", defaultPath)),
        DefaultValueFactory = _ => defaultPath,
        HelpName = "PATH|URL",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = Texts.Render("cli.help.option.json"),
    };
}
