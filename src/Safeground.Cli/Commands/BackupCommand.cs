using System.CommandLine;
using Safeground.Cli.Output;
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
        var file = new Argument<string>("file") { Description = Texts.Render("cli.help.backup.file") };
        var store = CommonOptions.Store();
        var cmd = new Command("backup", Texts.Render("cli.help.backup")) { file, store };
        cmd.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            if (StoreOpener.IsPostgres(location))
            {
                var dumped = PostGisBackup.Backup(location, parse.GetValue(file)!);
                SayRemoved(dumped.Removed);
                Console.WriteLine(Texts.Render("cli.backup.postgis", ("path", dumped.Path), ("size", Units.Megabytes(dumped.Bytes)), ("schema", dumped.Schema),
                    ("version", dumped.SchemaVersion), ("store", StoreOpener.Display(location))));
                return SafegroundCli.Ok;
            }
            var done = GeoPackageBackup.Backup(location, parse.GetValue(file)!);
            SayRemoved(done.Removed);
            Console.WriteLine(Texts.Render("cli.backup.gpkg", ("path", done.Path), ("size", Units.Megabytes(done.Bytes)), ("version", done.SchemaVersion)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static Command Restore()
    {
        var file = new Argument<string>("file") { Description = Texts.Render("cli.help.restore.file") };
        var store = CommonOptions.Store();
        var cmd = new Command("restore", Texts.Render("cli.help.restore")) { file, store };
        cmd.SetAction(parse =>
        {
            var location = parse.GetValue(store)!;
            var backup = parse.GetValue(file)!;
            if (StoreOpener.IsPostgres(location))
            {
                var restored = PostGisBackup.Restore(backup, location);
                Console.WriteLine(Texts.Render("cli.restore.postgis", ("schema", restored.Schema), ("store", StoreOpener.Display(location)), ("backup", backup), ("version", restored.SchemaVersion)));
                return SafegroundCli.Ok;
            }
            if (PostGisBackup.IsBackup(backup))
                throw SafegroundException.Invalid(Texts.Render("cli.error.restore.postgis-backup", ("backup", Path.GetFullPath(backup))));
            var done = GeoPackageBackup.Restore(backup, location);
            SayRemoved(done.Removed);
            Console.WriteLine(Texts.Render("cli.restore.gpkg", ("path", done.Path), ("backup", backup), ("size", Units.Megabytes(done.Bytes)), ("version", done.SchemaVersion)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static void SayRemoved(IReadOnlyList<string>? removed)
    {
        foreach (var path in removed ?? [])
            Console.WriteLine(Texts.Render("cli.backup.removed", ("path", path)));
    }
}
