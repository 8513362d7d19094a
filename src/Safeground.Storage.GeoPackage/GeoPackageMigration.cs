using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Storage.GeoPackage.Schema;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

/// <summary>
/// <c>safeground migrate</c> for a GeoPackage store: which schema version the file is at and, unless it is current,
/// a backup of it as it was (<see cref="GeoPackageBackup"/>) before the upgrade. The upgrade itself is the one
/// every open runs (<c>Migrations</c>: all steps in one transaction, so a failed upgrade leaves the file as it was);
/// migrating explicitly adds the version check, the backup and a record of what happened.
/// </summary>
public static class GeoPackageMigration
{
    /// <summary>The Safeground schema version of the store at <paramref name="path"/>, read without changing it.</summary>
    public static int VersionOf(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path)) throw SafegroundException.NotFound(Texts.Render("store.no-such-store", ("path", path)));
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            return Migrations.VersionOf(c, null);
        }
        catch (SqliteException e)
        {
            throw SafegroundException.Invalid(Texts.Render("store.unreadable-geopackage", ("path", path), ("reason", e.Message)));
        }
    }

    /// <summary>Brings the store to the current schema; with <paramref name="backup"/>, copies it first beside itself.</summary>
    public static MigrationResult Migrate(string path, bool backup, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        path = Path.GetFullPath(path);
        int from = VersionOf(path);
        if (from > GeoPackageStore.SchemaVersion)
            throw SafegroundException.Invalid(Texts.Render("store.schema-newer-release", ("store", path), ("version", from), ("known", GeoPackageStore.SchemaVersion)));
        if (from == GeoPackageStore.SchemaVersion) return new MigrationResult(path, from, from, null);
        string? copy = null;
        if (backup)
        {
            copy = Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}.schema-v{from}.gpkg");
            if (File.Exists(copy)) copy = Path.ChangeExtension(copy, null) + $"-{clock.GetUtcNow():yyyyMMddHHmmss}.gpkg";
            GeoPackageBackup.Backup(path, copy);
        }
        using (GeoPackageStore.Open(path, create: false)) { } // runs the missing steps in one transaction
        return new MigrationResult(path, from, VersionOf(path), copy);
    }
}
