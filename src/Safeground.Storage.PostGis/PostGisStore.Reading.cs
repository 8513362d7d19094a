using System.Text.Json;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

// The read plumbing: each query takes a pooled connection for the time of its enumeration and streams.
public sealed partial class PostGisStore
{
    private IEnumerable<T> Stream<T>(string sql, Func<NpgsqlDataReader, T> map, params object?[] args)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var c = Guard(Location, () => _source.OpenConnection());
        using var cmd = new NpgsqlCommand(sql, c);
        foreach (var a in args) cmd.Parameters.Add(Parameter(a));
        using var reader = Guard(Location, () => cmd.ExecuteReader());
        while (Guard(Location, reader.Read)) yield return Map(reader, map);
    }

    private List<T> List<T>(string sql, Func<NpgsqlDataReader, T> map, params object?[] args) => Stream(sql, map, args).ToList();

    internal static NpgsqlParameter Parameter(object? value) =>
        value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value };

    // A row that does not decode (unknown enum word, broken JSON) is damaged data, not bad input.
    private T Map<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> map)
    {
        try
        {
            return map(reader);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidCastException or ArgumentException)
        {
            throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.unreadable-row", ("location", Location), ("reason", e.Message)), e);
        }
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static double? Double(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static DateOnly Date(NpgsqlDataReader r, int i) => r.GetFieldValue<DateOnly>(i);

    private static DateOnly? DateOrNull(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    private static NetTopologySuite.Geometries.Geometry? Geometry(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : r.GetFieldValue<NetTopologySuite.Geometries.Geometry>(i);

    /// <summary>A polygonal column: empty when null, a one-part MultiPolygon read as its Polygon (as the GeoPackage store does).</summary>
    private static NetTopologySuite.Geometries.Geometry Polygonal(NpgsqlDataReader r, int i) => Single(Geometry(r, i));

    /// <summary>
    /// A one-part MultiPolygon as its Polygon, in WGS 84 (a part does not carry its collection's SRID). An empty one (a closed
    /// hazard's remaining area) is read as the GeoPackage store reads it, <see cref="Core.Spatial.Geo.Empty"/>: a replay makes
    /// that, and the incremental state must equal the replay's.
    /// </summary>
    internal static NetTopologySuite.Geometries.Geometry Single(NetTopologySuite.Geometries.Geometry? g)
    {
        if (g is null || g.IsEmpty) return Core.Spatial.Geo.Empty;
        if (g is NetTopologySuite.Geometries.MultiPolygon { NumGeometries: 1 } mp) g = mp.GetGeometryN(0);
        g.SRID = Core.Spatial.Geo.Wgs84;
        return g;
    }
}
