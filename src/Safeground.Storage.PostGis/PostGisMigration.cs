using Safeground.Core;
using Safeground.Storage.PostGis.Schema;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

/// <summary>
/// <c>safeground migrate</c> for a PostGIS store: which schema version the schema is at and, unless it is current,
/// a backup of it as it was (<see cref="PostGisBackup"/>) before the upgrade. The upgrade itself is the one every
/// open runs (<c>Migrations</c>: all steps in one transaction under an advisory lock, so a failed upgrade leaves
/// the schema as it was); migrating explicitly adds the version check, the backup and a record of what happened.
/// </summary>
public static class PostGisMigration
{
    /// <summary>The Safeground schema version of the store at <paramref name="url"/> (0: none there), read without changing it.</summary>
    public static int VersionOf(string url) => PostGisStore.VersionOf(url);

    /// <summary>Where <see cref="Migrate"/> backs up a store at version <paramref name="from"/> unless told: the current directory.</summary>
    public static string DefaultBackupPath(string url, int from, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var schema = PostGisLocation.Parse(url).Schema;
        var path = Path.GetFullPath($"{schema}.schema-v{from}.backup");
        return File.Exists(path) ? Path.GetFullPath($"{schema}.schema-v{from}-{clock.GetUtcNow():yyyyMMddHHmmss}.backup") : path;
    }

    /// <summary>
    /// Brings the store to the current schema. With <paramref name="backup"/>, dumps it first to
    /// <paramref name="backupPath"/> (default <see cref="DefaultBackupPath"/>), which must not exist.
    /// </summary>
    public static PostGisMigrationResult Migrate(string url, bool backup, TimeProvider clock, string? backupPath = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var location = PostGisLocation.Parse(url);
        int from = VersionOf(url);
        if (from == 0) throw SafegroundException.NotFound(Texts.Render("store.migrate.no-store", ("location", location.Display), ("schema", location.Schema)));
        if (from > Migrations.Current)
            throw SafegroundException.Invalid(Texts.Render("store.schema-newer-release", ("store", location.Display), ("version", from), ("known", Migrations.Current)));
        if (from == Migrations.Current) return new PostGisMigrationResult(location.Display, from, from, null);
        string? copy = null;
        if (backup)
        {
            copy = backupPath is null ? DefaultBackupPath(url, from, clock) : Path.GetFullPath(backupPath);
            PostGisBackup.Backup(url, copy);
        }
        // A writer between the backup and the upgrade would be missing from the copy: the copy is the store as it
        // was before the upgrade, not the moment of it. The upgrade runs under the migration lock regardless.
        using (PostGisStore.Open(location, create: false, Migrations.Current)) { }
        return new PostGisMigrationResult(location.Display, from, VersionOf(url), copy);
    }
}
