using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 1 → 2 (land-release rules): releases that span several hazards, and what the rules
/// add to a hazard's state. Existing rows keep their data; the new columns start empty, which is
/// what a replay of version-1 reports gives (no flags, no DHA, no handover).
/// </summary>
internal static class SchemaV2
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, SharedSchema.Step(1, GeoPackageDialect.Instance));
        Sql.Exec(c, tx, """
            -- Rule flags (JSON), the defined hazardous area (GeoPackage geometry blob) and the handover.
            ALTER TABLE hazards ADD COLUMN flags TEXT;
            ALTER TABLE hazards ADD COLUMN flag_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE hazards ADD COLUMN defined BLOB;
            ALTER TABLE hazards ADD COLUMN defined_m2 REAL;
            ALTER TABLE hazards ADD COLUMN handed_over_to TEXT;
            ALTER TABLE hazards ADD COLUMN handed_over_on DATE;

            -- The perimeter each hazard was recorded with, as a layer of its own: the hazards layer shows
            -- what is still hazardous; this one shows where it all started (and lets GIS tools recompute
            -- the ledger: perimeter minus released areas). A copy of hazards.perimeter, written with it:
            -- GeoPackage allows one geometry column per table, and a view over a BLOB column is not a layer.
            CREATE TABLE hazard_perimeters (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY,
              hazard_id TEXT NOT NULL UNIQUE, name TEXT, region TEXT, organisation_id TEXT NOT NULL,
              class TEXT NOT NULL, status TEXT NOT NULL, original_m2 REAL NOT NULL);
            """);
        GpkgCore.AddAttributeTable(c, tx, "report_hazards", "The other hazards each report's release reaches (split by hazard)");
        GpkgCore.AddFeatureTable(c, tx, "hazard_perimeters", "GEOMETRY", "Hazardous areas as first recorded (original perimeter)");
        Sql.Exec(c, tx, """
            INSERT INTO hazard_perimeters (geom, hazard_id, name, region, organisation_id, class, status, original_m2)
              SELECT perimeter, hazard_id, name, region, organisation_id, class, status, original_m2 FROM hazards ORDER BY fid;
            """);
    }
}
