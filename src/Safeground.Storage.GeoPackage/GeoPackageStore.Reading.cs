using System.Text.Json;
using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

// The read plumbing: every query runs on the read-only connection and streams through a data reader.
public sealed partial class GeoPackageStore
{
    private IEnumerable<T> Stream<T>(string sql, Func<SqliteDataReader, T> map, params object?[] args)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var cmd = _reader.CreateCommand();
        cmd.CommandText = sql;
        for (int i = 0; i < args.Length; i++) cmd.Parameters.AddWithValue("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), args[i] ?? DBNull.Value);
        using var reader = StorageErrors.Guard(Location, cmd.ExecuteReader);
        while (Next(reader)) yield return Map(reader, map);
    }

    private List<T> List<T>(string sql, Func<SqliteDataReader, T> map, params object?[] args) => Stream(sql, map, args).ToList();

    private bool Next(SqliteDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException e)
        {
            throw StorageErrors.Wrap(Location, e);
        }
    }

    // A row that does not decode (unknown enum word, broken JSON or geometry) is a damaged file, not bad input.
    private T Map<T>(SqliteDataReader reader, Func<SqliteDataReader, T> map)
    {
        try
        {
            return map(reader);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidCastException or ArgumentException or SqliteException)
        {
            throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.unreadable-row", ("location", Location), ("reason", e.Message)), e);
        }
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static byte[]? Blob(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : (byte[])r.GetValue(i);
}
