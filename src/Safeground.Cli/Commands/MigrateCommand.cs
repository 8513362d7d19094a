using System.CommandLine;
using Safeground.Core;
using Safeground.Storage.GeoPackage;
using Safeground.Storage.PostGis;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground migrate</c>: the store brought to this release's schema, after a backup of it as it was.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var check = new Option<bool>("--check") { Description = Texts.Render("cli.help.migrate.check") };
        var noBackup = new Option<bool>("--no-backup") { Description = Texts.Render("cli.help.migrate.no-backup") };
        var backupTo = new Option<string?>("--backup-to")
        {
            Description = Texts.Render("cli.help.migrate.backup-to"),
            HelpName = "FILE",
        };
        var cmd = new Command("migrate", Texts.Render("cli.help.migrate", ("version", GeoPackageStore.SchemaVersion)))
        {
            store, check, noBackup, backupTo,
        };
        cmd.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            bool postgres = StoreOpener.IsPostgres(location);
            if (!postgres && parse.GetValue(backupTo) is not null)
                throw SafegroundException.Invalid(Texts.Render("cli.error.migrate.backup-to-gpkg"));
            var name = StoreOpener.Display(location);
            if (parse.GetValue(check))
            {
                int version = postgres ? PostGisMigration.VersionOf(location) : GeoPackageMigration.VersionOf(location);
                if (postgres && version == 0) throw SafegroundException.NotFound(Texts.Render("cli.error.migrate.no-store", ("store", name)));
                int current = postgres ? PostGisStore.SchemaVersion : GeoPackageStore.SchemaVersion;
                var shown = postgres ? name : location;
                Console.WriteLine(version == current
                    ? Texts.Render("cli.migrate.current", ("store", shown), ("version", version))
                    : Texts.Render("cli.migrate.behind", ("store", shown), ("version", version), ("current", current)));
                return SafegroundCli.Ok;
            }
            var (path, from, to, backup) = postgres
                ? Record(PostGisMigration.Migrate(location, backup: !parse.GetValue(noBackup), TimeProvider.System, parse.GetValue(backupTo)))
                : Record(GeoPackageMigration.Migrate(location, backup: !parse.GetValue(noBackup), TimeProvider.System));
            Console.WriteLine(to == from ? Texts.Render("cli.migrate.nothing-to-do", ("store", path), ("version", to))
                : backup is { } b ? Texts.Render("cli.migrate.migrated-with-backup", ("store", path), ("from", from), ("to", to), ("backup", b))
                : Texts.Render("cli.migrate.migrated", ("store", path), ("from", from), ("to", to)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static (string Path, int From, int To, string? Backup) Record(MigrationResult r) => (r.Path, r.From, r.To, r.Backup);

    private static (string Path, int From, int To, string? Backup) Record(PostGisMigrationResult r) => (r.Location, r.From, r.To, r.Backup);
}
