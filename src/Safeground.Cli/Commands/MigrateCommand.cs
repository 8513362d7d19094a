using System.CommandLine;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Commands;

/// <summary><c>safeground migrate</c>: the store brought to this release's schema, after a backup of it as it was.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var check = new Option<bool>("--check") { Description = "Only say which schema version the store is at; change nothing" };
        var noBackup = new Option<bool>("--no-backup") { Description = "Do not copy the store before upgrading it" };
        var cmd = new Command("migrate", $"Bring the store to schema version {GeoPackageStore.SchemaVersion}, after copying it as it was beside itself") { store, check, noBackup };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            if (parse.GetValue(check))
            {
                int version = GeoPackageMigration.VersionOf(path);
                Console.WriteLine(version == GeoPackageStore.SchemaVersion
                    ? $"migrate: {path} is at schema version {version}, this release's"
                    : $"migrate: {path} is at schema version {version}; 'safeground migrate' would bring it to {GeoPackageStore.SchemaVersion}");
                return SafegroundCli.Ok;
            }
            var done = GeoPackageMigration.Migrate(path, backup: !parse.GetValue(noBackup), TimeProvider.System);
            Console.WriteLine(done.Migrated
                ? $"migrate: {done.Path} from schema version {done.From} to {done.To}" + (done.Backup is { } b ? $"; the store as it was: {b}" : "")
                : $"migrate: {done.Path} is already at schema version {done.To}; nothing to do");
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
