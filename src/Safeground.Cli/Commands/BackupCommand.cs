using System.CommandLine;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground backup FILE</c> and <c>safeground restore FILE</c>: a GeoPackage store copied online (a server may
/// keep serving it) to a new file, checked before it is given its name; restored only while nothing has the store open.
/// </summary>
public static class BackupCommand
{
    public static Command Backup()
    {
        var file = new Argument<string>("file") { Description = "The backup to write (a new .gpkg file; never overwritten)" };
        var store = CommonOptions.Store();
        var cmd = new Command("backup", "Copy the store to a new file while it may be in use (one consistent moment), checked before it is kept") { file, store };
        cmd.SetAction(parse =>
        {
            var done = GeoPackageBackup.Backup(parse.GetValue(store)!, parse.GetValue(file)!);
            Console.WriteLine($"backup: {done.Path} ({done.Bytes / 1048576.0:F1} MB, schema version {done.SchemaVersion}), integrity checked");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static Command Restore()
    {
        var file = new Argument<string>("file") { Description = "A backup written by 'safeground backup'" };
        var store = CommonOptions.Store();
        var cmd = new Command("restore", "Replace the store with a backup (checked first; refused while a server or QGIS has the store open)") { file, store };
        cmd.SetAction(parse =>
        {
            var done = GeoPackageBackup.Restore(parse.GetValue(file)!, parse.GetValue(store)!);
            Console.WriteLine($"restore: {done.Path} is now the backup {parse.GetValue(file)} ({done.Bytes / 1048576.0:F1} MB, schema version {done.SchemaVersion})");
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
