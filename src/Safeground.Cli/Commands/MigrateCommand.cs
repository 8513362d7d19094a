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
        var check = new Option<bool>("--check") { Description = "Only say which schema version the store is at; change nothing" };
        var noBackup = new Option<bool>("--no-backup") { Description = "Do not copy the store before upgrading it" };
        var backupTo = new Option<string?>("--backup-to")
        {
            Description = "PostGIS store: where to write the backup taken first (default SCHEMA.schema-vN.backup in the current directory)",
            HelpName = "FILE",
        };
        var cmd = new Command("migrate", $"Bring the store to schema version {GeoPackageStore.SchemaVersion}, after copying it as it was (a GeoPackage beside itself, a PostGIS schema to the current directory)")
        {
            store, check, noBackup, backupTo,
        };
        cmd.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            bool postgres = StoreOpener.IsPostgres(location);
            if (!postgres && parse.GetValue(backupTo) is not null)
                throw SafegroundException.Invalid("--backup-to: a GeoPackage store is always backed up beside itself; the option is for a PostGIS store");
            var name = StoreOpener.Display(location);
            if (parse.GetValue(check))
            {
                int version = postgres ? PostGisMigration.VersionOf(location) : GeoPackageMigration.VersionOf(location);
                if (postgres && version == 0) throw SafegroundException.NotFound($"{name}: no Safeground store in this schema");
                int current = postgres ? PostGisStore.SchemaVersion : GeoPackageStore.SchemaVersion;
                Console.WriteLine(version == current
                    ? $"migrate: {(postgres ? name : location)} is at schema version {version}, this release's"
                    : $"migrate: {(postgres ? name : location)} is at schema version {version}; 'safeground migrate' would bring it to {current}");
                return SafegroundCli.Ok;
            }
            var (path, from, to, backup) = postgres
                ? Record(PostGisMigration.Migrate(location, backup: !parse.GetValue(noBackup), TimeProvider.System, parse.GetValue(backupTo)))
                : Record(GeoPackageMigration.Migrate(location, backup: !parse.GetValue(noBackup), TimeProvider.System));
            Console.WriteLine(to != from
                ? $"migrate: {path} from schema version {from} to {to}" + (backup is { } b ? $"; the store as it was: {b}" : "")
                : $"migrate: {path} is already at schema version {to}; nothing to do");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static (string Path, int From, int To, string? Backup) Record(MigrationResult r) => (r.Path, r.From, r.To, r.Backup);

    private static (string Path, int From, int To, string? Backup) Record(PostGisMigrationResult r) => (r.Location, r.From, r.To, r.Backup);
}
