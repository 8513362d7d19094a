using System.CommandLine;

namespace Safeground.Cli;

/// <summary>Options every data command shares, declared once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public const string DefaultStore = "safeground.gpkg";

    public static Option<string> Store(string defaultPath = DefaultStore) => new("--store")
    {
        Description = $"The store: a GeoPackage file (default {defaultPath}), or a PostgreSQL + PostGIS database as postgres://user@host:port/database[?schema=name]",
        DefaultValueFactory = _ => defaultPath,
        HelpName = "PATH|URL",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the result as JSON (for scripts)",
    };
}
