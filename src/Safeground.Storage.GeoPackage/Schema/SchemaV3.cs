using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 2 → 3 (roll-ups): administrative regions as a feature layer, and the effort a clearance
/// progress report declares as columns of reports, so that roll-ups by team and productivity read
/// columns instead of parsing every payload. Existing reports get their effort from their payload;
/// the regions layer starts empty.
/// </summary>
internal static class SchemaV3
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, SharedSchema.Step(2, GeoPackageDialect.Instance));
        Sql.Exec(c, tx, """
            CREATE TABLE regions (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,
              name TEXT NOT NULL UNIQUE, area_m2 REAL NOT NULL);

            UPDATE reports SET deminer_days = json_extract(payload, '$.body.deminerDays'),
              machine_hours = json_extract(payload, '$.body.machineHours')
            WHERE kind = 'clearance-progress';

            -- The effort columns are part of the report: immutable like the rest of it.
            DROP TRIGGER reports_immutable;
            CREATE TRIGGER reports_immutable BEFORE UPDATE OF id, kind, hazard_id, organisation_id, team_id, deployment_id,
              date_of_information, submitted_at, submitted_by, supersedes, supersede_reason, payload, deminer_days, machine_hours ON reports
            BEGIN SELECT RAISE(ABORT, 'reports are immutable: only status, status_reason, decided_at and decided_by may change'); END;
            """);
        GpkgCore.AddFeatureTable(c, tx, "regions", "MULTIPOLYGON", "Administrative regions: the boundaries roll-ups group by");
    }
}
