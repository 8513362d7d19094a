using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// The GeoPackage 1.4 core: the header values and the tables every GeoPackage has, as GDAL writes
/// them (so GDAL's validator and QGIS see a file they know).
/// </summary>
internal static class GpkgCore
{
    /// <summary>'GPKG' in the SQLite header's application_id.</summary>
    public const int ApplicationId = 1196444487;
    public const int UserVersion = 10400;

    private const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST]," +
        "AUTHORITY[\"EPSG\",\"4326\"]]";

    public static void Create(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, $"PRAGMA application_id = {ApplicationId}");
        Sql.Exec(c, tx, $"PRAGMA user_version = {UserVersion}");
        Sql.Exec(c, tx, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
              organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
              scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined Cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
            """);
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wkt, " +
                          "'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')";
        cmd.Parameters.AddWithValue("$wkt", Wgs84Wkt);
        cmd.ExecuteNonQuery();
    }

    public static void AddFeatureTable(SqliteConnection c, SqliteTransaction tx, string table, string geometryType, string description)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ($t, 'features', $t, $d, 4326);
            INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', $g, 4326, 0, 0);
            """;
        cmd.Parameters.AddWithValue("$t", table);
        cmd.Parameters.AddWithValue("$g", geometryType);
        cmd.Parameters.AddWithValue("$d", description);
        cmd.ExecuteNonQuery();
        RTreeIndex.Create(c, tx, table);
    }

    public static void AddAttributeTable(SqliteConnection c, SqliteTransaction tx, string table, string description)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ($t, 'attributes', $t, $d)";
        cmd.Parameters.AddWithValue("$t", table);
        cmd.Parameters.AddWithValue("$d", description);
        cmd.ExecuteNonQuery();
    }
}
