using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// The gpkg_rtree_index extension for a feature table's "geom" column: the virtual table, the
/// extension row and the six maintenance triggers. The triggers are the set GDAL writes
/// (insert, update1-4, delete), which is what GDAL's validator looks for by name.
/// </summary>
internal static class RTreeIndex
{
    public static string Name(string table) => $"rtree_{table}_geom";

    public static void Create(SqliteConnection c, SqliteTransaction tx, string table)
    {
        Sql.Exec(c, tx, $"""
            CREATE VIRTUAL TABLE "{Name(table)}" USING rtree(id, minx, maxx, miny, maxy);
            INSERT INTO gpkg_extensions VALUES ('{table}', 'geom', 'gpkg_rtree_index',
              'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
            """);
        CreateTriggers(c, tx, table);
    }

    public static void CreateTriggers(SqliteConnection c, SqliteTransaction tx, string table)
    {
        string r = Name(table);
        string t = table;
        const string env = "ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)";
        Sql.Exec(c, tx, $"""
            CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW.fid, {env}); END;
            CREATE TRIGGER "{r}_update1" AFTER UPDATE OF geom ON "{t}"
            WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW.fid, {env}); END;
            CREATE TRIGGER "{r}_update2" AFTER UPDATE OF geom ON "{t}"
            WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM "{r}" WHERE id = OLD.fid; END;
            CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}"
            WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM "{r}" WHERE id = OLD.fid; INSERT OR REPLACE INTO "{r}" VALUES (NEW.fid, {env}); END;
            CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}"
            WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM "{r}" WHERE id IN (OLD.fid, NEW.fid); END;
            CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN old.geom NOT NULL
            BEGIN DELETE FROM "{r}" WHERE id = OLD.fid; END;
            """);
    }

    /// <summary>Bulk writes drop the triggers inside their transaction and maintain the index themselves.</summary>
    public static void DropTriggers(SqliteConnection c, SqliteTransaction tx, string table)
    {
        string r = Name(table);
        Sql.Exec(c, tx, $"""
            DROP TRIGGER "{r}_insert"; DROP TRIGGER "{r}_update1"; DROP TRIGGER "{r}_update2";
            DROP TRIGGER "{r}_update3"; DROP TRIGGER "{r}_update4"; DROP TRIGGER "{r}_delete";
            """);
    }
}
