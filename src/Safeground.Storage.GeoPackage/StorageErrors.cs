using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

/// <summary>One place that turns SQLite failures into Safeground's error kinds, naming the file.</summary>
internal static class StorageErrors
{
    public static SafegroundException Wrap(string path, SqliteException e) =>
        (e.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED
            ? Busy(path, e)
            : new(ErrorKind.Storage, $"{path}: {e.Message}", e);

    // Another program held the file's lock for longer than a writer waits (GeoPackageStore.BusyMilliseconds): the
    // writer gives up with nothing written, and says who holds it so the user knows whom to wait for.
    private static SafegroundException Busy(string path, SqliteException e) =>
        new(ErrorKind.Busy, Texts.Render("store.busy", ("path", path), ("users", FileUsers.Describe(path)), ("seconds", GeoPackageStore.BusyMilliseconds / 1000)), e);

    /// <summary>Runs <paramref name="action"/>, mapping SQLite failures; domain exceptions pass through untouched.</summary>
    public static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw Wrap(path, e);
        }
    }

    public static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (SqliteException e)
        {
            throw Wrap(path, e);
        }
    }
}
