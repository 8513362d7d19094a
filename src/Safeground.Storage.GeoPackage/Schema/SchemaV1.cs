using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 0 → 1: Safeground's tables in a GeoPackage. Every table has an INTEGER PRIMARY KEY
/// AUTOINCREMENT fid (GeoPackage requirement 29/119); the domain ids are UNIQUE text columns.
/// Column types are GeoPackage's (TEXT, INTEGER, REAL, DATE, BLOB, BOOLEAN); instants are TEXT because
/// GeoPackage's DATETIME allows only milliseconds and our history keeps ticks.
/// </summary>
internal static class SchemaV1
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, SharedSchema.Step(0, GeoPackageDialect.Instance));
        Sql.Exec(c, tx, """
            -- Reports are evidence: the schema itself refuses to rewrite or delete them, whatever client writes.
            CREATE TRIGGER reports_immutable BEFORE UPDATE OF id, kind, hazard_id, organisation_id, team_id, deployment_id,
              date_of_information, submitted_at, submitted_by, supersedes, supersede_reason, payload ON reports
            BEGIN SELECT RAISE(ABORT, 'reports are immutable: only status, status_reason, decided_at and decided_by may change'); END;
            CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports
            BEGIN SELECT RAISE(ABORT, 'reports are never deleted: supersede them with a new report'); END;
            CREATE TRIGGER report_events_append_only_update BEFORE UPDATE ON report_events
            BEGIN SELECT RAISE(ABORT, 'report_events is append-only'); END;
            CREATE TRIGGER report_events_append_only_delete BEFORE DELETE ON report_events
            BEGIN SELECT RAISE(ABORT, 'report_events is append-only'); END;

            CREATE TABLE hazards (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,
              hazard_id TEXT NOT NULL UNIQUE, name TEXT, region TEXT, organisation_id TEXT NOT NULL,
              class TEXT NOT NULL, status TEXT NOT NULL,
              original_m2 REAL NOT NULL, cancelled_m2 REAL NOT NULL, reduced_m2 REAL NOT NULL, cleared_m2 REAL NOT NULL,
              remaining_m2 REAL NOT NULL, find_count INTEGER NOT NULL, accident_count INTEGER NOT NULL,
              clearance_depth_cm INTEGER, created_on DATE NOT NULL, last_report_on DATE NOT NULL, last_report_id TEXT NOT NULL,
              report_count INTEGER NOT NULL, evidence TEXT NOT NULL, suspected_categories TEXT, perimeter BLOB);
            CREATE TABLE released_areas (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,
              hazard_id TEXT NOT NULL, seq INTEGER NOT NULL, report_id TEXT NOT NULL, method TEXT NOT NULL,
              date DATE NOT NULL, area_m2 REAL NOT NULL, claimed_m2 REAL NOT NULL);
            CREATE UNIQUE INDEX released_areas_hazard ON released_areas (hazard_id, seq);
            CREATE INDEX released_areas_report ON released_areas (report_id);
            CREATE TABLE finds (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT,
              report_id TEXT NOT NULL, idx INTEGER NOT NULL, hazard_id TEXT, organisation_id TEXT NOT NULL, region TEXT,
              date DATE NOT NULL, category TEXT NOT NULL, model TEXT, quantity INTEGER NOT NULL, condition TEXT NOT NULL,
              depth_cm INTEGER, disposal TEXT NOT NULL);
            CREATE UNIQUE INDEX finds_report ON finds (report_id, idx);
            CREATE INDEX finds_hazard ON finds (hazard_id) WHERE hazard_id IS NOT NULL; -- most imported finds have no hazard
            -- No victim names, birth dates or addresses here: this layer is shared; they stay in the report payload.
            CREATE TABLE accidents (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT,
              report_id TEXT NOT NULL UNIQUE, hazard_id TEXT, organisation_id TEXT NOT NULL, region TEXT,
              date DATE NOT NULL, occurred_at TEXT NOT NULL, is_demining BOOLEAN NOT NULL,
              device_category TEXT, device_model TEXT, killed INTEGER NOT NULL, injured INTEGER NOT NULL, cause TEXT);
            CREATE INDEX accidents_hazard ON accidents (hazard_id);
            """);
        GpkgCore.AddFeatureTable(c, tx, "hazards", "MULTIPOLYGON", "Hazardous areas: the polygon still hazardous and the land-release ledger");
        GpkgCore.AddFeatureTable(c, tx, "released_areas", "MULTIPOLYGON", "Land released per report: cancelled, reduced or cleared");
        GpkgCore.AddFeatureTable(c, tx, "finds", "POINT", "Explosive ordnance found, per approved report");
        GpkgCore.AddFeatureTable(c, tx, "accidents", "POINT", "Mine/EO accidents (no victim personal data)");
        GpkgCore.AddAttributeTable(c, tx, "organisations", "Operators and authorities");
        GpkgCore.AddAttributeTable(c, tx, "teams", "Field teams");
        GpkgCore.AddAttributeTable(c, tx, "deployments", "Team deployments");
        GpkgCore.AddAttributeTable(c, tx, "reports", "Field reports: immutable, the full report in payload (JSON)");
        GpkgCore.AddAttributeTable(c, tx, "report_events", "Report lifecycle history, append-only");
    }
}
