using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Spatial;
using Safeground.Core.Import;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoPackage;

/// <summary>
/// Streams one feature table of any OGC GeoPackage (QGIS, GDAL, IMSMA exports...), read-only.
/// No reprojection: a layer not in WGS84 lon/lat is refused by name rather than imported in the wrong place.
/// Where = "layer L, fid N".
/// </summary>
public static class GeoPackageLayerReader
{
    public static IEnumerable<SourceFeature> Read(string path, string? layer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(Texts.Render("import.gpkg.no-such-file", ("path", path)), path);
        }

        return Enumerate(path, layer);
    }

    /// <summary>The feature layers of a GeoPackage, as gpkg_contents lists them.</summary>
    public static IReadOnlyList<string> Layers(string path)
    {
        using var connection = Open(path);
        return FeatureLayers(connection, path);
    }

    private static IEnumerable<SourceFeature> Enumerate(string path, string? layer)
    {
        using var connection = Open(path);
        var layers = FeatureLayers(connection, path);
        string table = Choose(layers, layer, path);
        var (geometryColumn, srsId) = GeometryColumn(connection, table, path);
        CheckWgs84(connection, table, srsId, path);
        var (fidColumn, booleans) = Columns(connection, table);

        using var command = connection.CreateCommand();
        command.CommandText = fidColumn is null
            ? $"SELECT rowid, * FROM \"{Quote(table)}\" ORDER BY rowid"
            : $"SELECT * FROM \"{Quote(table)}\" ORDER BY \"{Quote(fidColumn)}\"";
        using var rows = command.ExecuteReader();
        int fidOrdinal = fidColumn is null ? 0 : rows.GetOrdinal(fidColumn);
        int geometryOrdinal = rows.GetOrdinal(geometryColumn);
        var geometryReader = new GeoPackageGeoReader { HandleSRID = true };
        var place = new FeaturePlace("import.where.layer-fid", "fid", ("layer", table));
        long index = 0;
        while (rows.Read())
        {
            long fid = rows.GetInt64(fidOrdinal);
            var properties = new Dictionary<string, string?>(rows.FieldCount, StringComparer.Ordinal);
            for (int i = 0; i < rows.FieldCount; i++)
            {
                if (i != geometryOrdinal && i != fidOrdinal)
                {
                    properties[rows.GetName(i)] = Text(rows, i, booleans);
                }
            }

            Geometry? geometry = null;
            string? error = null;
            if (!rows.IsDBNull(geometryOrdinal))
            {
                try
                {
                    // Copied into Geo.Factory: the GeoPackage reader builds with a factory of its own.
                    geometry = Geo.Factory.CreateGeometry(geometryReader.Read((byte[])rows.GetValue(geometryOrdinal)));
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or ParseException or IOException or InvalidCastException)
                {
                    error = Texts.Render("import.gpkg.unreadable-geometry", ("error", e.Message));
                }
            }

            yield return new SourceFeature(index++, place.Of(fid), geometry, properties, error);
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> FeatureLayers(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name";
        var layers = new List<string>();
        try
        {
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                layers.Add(rows.GetString(0));
            }
        }
        catch (SqliteException e)
        {
            throw new FormatException(Texts.Render("import.gpkg.not-a-geopackage", ("path", path), ("error", e.Message)), e);
        }

        return layers;
    }

    private static string Choose(List<string> layers, string? layer, string path)
    {
        if (layer != null)
        {
            return layers.Find(l => l.Equals(layer, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(Texts.Render("import.gpkg.no-such-layer", ("path", path), ("layer", layer), ("layers", string.Join(", ", layers))), nameof(layer));
        }

        return layers.Count switch
        {
            1 => layers[0],
            0 => throw new FormatException(Texts.Render("import.gpkg.no-layer", ("path", path))),
            _ => throw new ArgumentException(Texts.Render("import.gpkg.several-layers", ("path", path), ("layers", string.Join(", ", layers))), nameof(layer)),
        };
    }

    private static (string Column, long SrsId) GeometryColumn(SqliteConnection connection, string table, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = $table";
        command.Parameters.AddWithValue("$table", table);
        using var rows = command.ExecuteReader();
        return rows.Read()
            ? (rows.GetString(0), rows.GetInt64(1))
            : throw new FormatException(Texts.Render("import.gpkg.no-geometry-column", ("path", path), ("layer", table)));
    }

    /// <summary>srs_id is local to the file; what counts is the EPSG code it stands for.</summary>
    private static void CheckWgs84(SqliteConnection connection, string table, long srsId, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id, srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        using var rows = command.ExecuteReader();
        string described = Texts.Render("import.gpkg.srs-undefined");
        if (rows.Read())
        {
            string organization = rows.IsDBNull(0) ? "" : rows.GetString(0);
            long code = rows.IsDBNull(1) ? -1 : rows.GetInt64(1);
            if (organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && code == Geo.Wgs84)
            {
                return;
            }

            described = string.Create(CultureInfo.InvariantCulture, $"{organization}:{code} {(rows.IsDBNull(2) ? "" : rows.GetString(2))}").Trim();
        }

        throw new NotSupportedException(Texts.Render("import.gpkg.not-wgs84", ("path", path), ("layer", table), ("srsId", srsId), ("srs", described)));
    }

    /// <summary>The integer primary key (the fid), and which columns are declared BOOLEAN.</summary>
    private static (string? Fid, HashSet<string> Booleans) Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info(\"{Quote(table)}\")";
        using var rows = command.ExecuteReader();
        string? fid = null;
        var booleans = new HashSet<string>(StringComparer.Ordinal);
        while (rows.Read())
        {
            string name = rows.GetString(1);
            string type = rows.IsDBNull(2) ? "" : rows.GetString(2);
            if (rows.GetInt64(5) == 1 && type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase))
            {
                fid = name;
            }
            else if (type.Equals("BOOLEAN", StringComparison.OrdinalIgnoreCase))
            {
                booleans.Add(name);
            }
        }

        return (fid, booleans);
    }

    private static string? Text(SqliteDataReader rows, int i, HashSet<string> booleans) => rows.GetValue(i) switch
    {
        DBNull => null,
        long n when booleans.Contains(rows.GetName(i)) => n != 0 ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => s,
        byte[] b => Convert.ToBase64String(b),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    private static string Quote(string identifier) => identifier.Replace("\"", "\"\"", StringComparison.Ordinal);
}
