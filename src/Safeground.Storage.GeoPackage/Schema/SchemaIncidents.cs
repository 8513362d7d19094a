using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration (issue 18, civilian casualties): approved incidents as a point feature table with its R-tree, so they
/// are a map layer and roll-ups read them without fetching each report. Only counts: nobody is named. Existing
/// stores start empty; a rebuild (or the next approval) fills it from the approved reports.
/// </summary>
internal static class SchemaIncidents
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, """
            CREATE TABLE incidents (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT,
              report_id TEXT NOT NULL UNIQUE, organisation_id TEXT NOT NULL, region TEXT, hazard_id TEXT, occurred_on DATE NOT NULL,
              activity TEXT NOT NULL, device_category TEXT, killed INTEGER NOT NULL, injured INTEGER NOT NULL, children INTEGER NOT NULL);
            CREATE INDEX incidents_region ON incidents (region);
            """);
        GpkgCore.AddFeatureTable(c, tx, "incidents", "POINT", "Civilian casualty incidents (people counted, never named)");
    }
}
