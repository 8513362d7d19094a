using System.CommandLine;
using Safeground.Core;
using Safeground.Storage.GeoPackage;
using Safeground.Storage.PostGis;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground backup FILE</c> and <c>safeground restore FILE</c>: a store copied online (a server may keep serving
/// it) to a new file, checked before it is given its name. A GeoPackage is restored only while nothing has it open;
/// a PostGIS schema is replaced in one transaction while a server may keep serving it.
/// </summary>
public static class BackupCommand
{
    public static Command Backup()
    {
        var file = new Argument<string>("file") { Description = "The backup to write (a new .gpkg file, or for a PostGIS store a pg_dump archive; never overwritten)" };
        var store = CommonOptions.Store();
        var cmd = new Command("backup", "Copy the store to a new file while it may be in use (one consistent moment), checked before it is kept") { file, store };
        cmd.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            if (StoreOpener.IsPostgres(location))
            {
                var dumped = PostGisBackup.Backup(location, parse.GetValue(file)!);
                SayRemoved(dumped.Removed);
                Console.WriteLine($"backup: {dumped.Path} ({dumped.Bytes / 1048576.0:F1} MB, schema '{dumped.Schema}' at version {dumped.SchemaVersion} of {StoreOpener.Display(location)}), read back whole");
                return SafegroundCli.Ok;
            }
            var done = GeoPackageBackup.Backup(location, parse.GetValue(file)!);
            SayRemoved(done.Removed);
            Console.WriteLine($"backup: {done.Path} ({done.Bytes / 1048576.0:F1} MB, schema version {done.SchemaVersion}), integrity checked");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static Command Restore()
    {
        var file = new Argument<string>("file") { Description = "A backup written by 'safeground backup'" };
        var store = CommonOptions.Store();
        var cmd = new Command("restore", "Replace the store with a backup (checked first; a GeoPackage is refused while a server or QGIS has it open, a PostGIS schema is replaced in one transaction)") { file, store };
        cmd.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            var backup = parse.GetValue(file)!;
            if (StoreOpener.IsPostgres(location))
            {
                var restored = PostGisBackup.Restore(backup, location);
                Console.WriteLine($"restore: schema '{restored.Schema}' of {StoreOpener.Display(location)} is now the backup {backup} (schema version {restored.SchemaVersion})");
                return SafegroundCli.Ok;
            }
            if (PostGisBackup.IsBackup(backup))
                throw SafegroundException.Invalid($"{Path.GetFullPath(backup)}: a PostGIS backup (pg_dump archive), not a GeoPackage: restore it with --store postgres://…");
            var done = GeoPackageBackup.Restore(backup, location);
            SayRemoved(done.Removed);
            Console.WriteLine($"restore: {done.Path} is now the backup {backup} ({done.Bytes / 1048576.0:F1} MB, schema version {done.SchemaVersion})");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static void SayRemoved(IReadOnlyList<string>? removed)
    {
        foreach (var path in removed ?? [])
            Console.WriteLine($"removed {path}: left by a backup or restore that was killed before it finished (nothing held it)");
    }
}
