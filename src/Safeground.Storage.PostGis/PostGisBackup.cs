using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Storage.PostGis.Backup;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

/// <summary>
/// Backup and restore of a PostGIS store, online. A backup is <c>pg_dump -Fc -n schema</c>: one snapshot of the
/// whole schema (tables, identity positions, the sg_refuse function and its triggers, the hazard_perimeters view;
/// PostGIS itself stays out), taken while a server keeps reading and writing. A restore replaces the schema in one
/// transaction, so the store is either exactly as it was or exactly the backup.
/// </summary>
/// <remarks>
/// As with the GeoPackage, nothing half-written gets the user's name: the dump is written as FILE.partial, read back
/// whole by pg_restore and checked to be a Safeground store, and only then renamed; an existing FILE is never replaced.
/// A backup killed mid-dump leaves FILE.partial; the next backup into that folder removes it (<see cref="InterruptedCopies"/>).
/// </remarks>
public static class PostGisBackup
{
    // The first bytes of pg_dump's custom format: what a killed backup's temporary file starts with.
    private const string DumpHeader = "PGDMP";

    /// <summary>Whether the file at <paramref name="path"/> is a PostGIS backup (pg_dump's custom format).</summary>
    public static bool IsBackup(string path) => File.Exists(path) && BackupArchive.IsDump(path);

    /// <summary>Dumps the store at <paramref name="url"/> to <paramref name="target"/>, which must not exist.</summary>
    public static PostGisBackupResult Backup(string url, string target)
    {
        var location = PostGisLocation.Parse(url);
        target = Path.GetFullPath(target);
        if (File.Exists(target)) throw SafegroundException.Conflict(Texts.Render("store.backup.target-exists", ("path", target)));
        if (PostGisMigration.VersionOf(url) == 0)
            throw SafegroundException.NotFound(Texts.Render("store.backup.no-store-in-schema", ("location", location.Display), ("schema", location.Schema)));
        var client = PgClient.For(location);
        var removed = InterruptedCopies.RemoveAbandoned(Path.GetDirectoryName(target)!, DumpHeader);
        string partial = target + InterruptedCopies.BackupSuffix;
        // Held until renamed, so that no other run takes it for a killed one's. pg_dump truncates and writes it.
        using var claim = InterruptedCopies.Claim(partial);
        try
        {
            // Data compressed (the custom format's default level); every object of the schema, PostGIS excluded
            // because -n dumps no extension.
            client.Run("pg_dump", "--format=custom", "--schema=" + location.Schema, "--file=" + partial);
            var archive = BackupArchive.Read(client, partial, "store.what.backup-written", readAll: true);
            if (archive.Schema != location.Schema)
                throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.backup.wrong-schema-written", ("path", partial), ("written", archive.Schema), ("schema", location.Schema)));
            File.Move(partial, target, overwrite: false);
            return new PostGisBackupResult(target, new FileInfo(target).Length, archive.Schema, archive.Version, removed);
        }
        catch
        {
            if (File.Exists(partial)) File.Delete(partial);
            throw;
        }
    }

    /// <summary>
    /// Replaces the schema of <paramref name="url"/> with the backup at <paramref name="backup"/> (or creates it), in one
    /// transaction. A server may keep serving: its readers and writers wait on the restore's locks and then see the
    /// restored store.
    /// </summary>
    public static PostGisBackupResult Restore(string backup, string url)
    {
        var location = PostGisLocation.Parse(url);
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup)) throw SafegroundException.NotFound(Texts.Render("store.backup.no-such", ("path", backup)));
        var client = PgClient.For(location);
        var archive = BackupArchive.Read(client, backup, "store.what.backup", readAll: false);
        if (archive.Schema != location.Schema)
        {
            throw SafegroundException.Invalid(
                Texts.Render("store.restore.other-schema", ("path", backup), ("backupSchema", archive.Schema), ("location", location.Display), ("schema", location.Schema)));
        }
        SchemaReplacement.Run(client, location, archive);
        // This process's "schema is current" note no longer holds if the backup is of an older version.
        PostGisStore.ClosePool(url);
        return new PostGisBackupResult(backup, new FileInfo(backup).Length, archive.Schema, archive.Version);
    }
}
