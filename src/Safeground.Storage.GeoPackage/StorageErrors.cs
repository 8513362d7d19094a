using Microsoft.Data.Sqlite;
using Safeground.Core;

namespace Safeground.Storage.GeoPackage;

/// <summary>One place that turns SQLite failures into Safeground's error kinds, naming the file.</summary>
internal static class StorageErrors
{
    public static SafegroundException Wrap(string path, SqliteException e) =>
        new(ErrorKind.Storage, $"{path}: {e.Message}", e);

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
