using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage.Encoding;

/// <summary>
/// The SQL functions the GeoPackage R-tree triggers call. Plain SQLite lacks them, so every
/// connection that may write a feature table registers them before its first statement.
/// </summary>
internal static class SpatialFunctions
{
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<byte[]?, bool>("ST_IsEmpty", GpkgBlob.IsEmpty, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MinX", b => GpkgBlob.TryEnvelope(b, out var e) ? e.MinX : null, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MaxX", b => GpkgBlob.TryEnvelope(b, out var e) ? e.MaxX : null, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MinY", b => GpkgBlob.TryEnvelope(b, out var e) ? e.MinY : null, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MaxY", b => GpkgBlob.TryEnvelope(b, out var e) ? e.MaxY : null, isDeterministic: true);
    }
}
