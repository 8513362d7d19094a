using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis.Schema;

/// <summary>
/// Safeground's tables in PostgreSQL + PostGIS, as the same numbered steps as the GeoPackage schema, so
/// that "schema version 4" means the same tables and columns in both stores. Step i takes version i to i + 1.
/// </summary>
/// <remarks>
/// Choices that differ from a textbook PostGIS schema, and why:
/// <list type="bullet">
/// <item>Ids are <c>text COLLATE "C"</c>: ordered by code point like .NET's ordinal comparison and SQLite's
/// BINARY, whatever the server's locale, so both stores page and replay in the same order.</item>
/// <item>Instants are text in UTC with seven fractional digits (<see cref="Core.Storage.StoredTime"/>): timestamptz
/// keeps microseconds, the history keeps .NET ticks, and replay order must not depend on the store.
/// They cast with <c>::timestamptz</c>.</item>
/// <item>Payloads are <c>json</c>, not <c>jsonb</c>: the report is evidence and is kept byte for byte.</item>
/// <item>Every feature table has an integer <c>fid</c> primary key and a GiST index on <c>geom</c>, as QGIS expects.</item>
/// </list>
/// </remarks>
internal static class SchemaSteps
{
    public static readonly string[] Steps = [V1, V2, V3, V4, V5, V6, V7, Ordnance, RiskEducation, Reference, Incidents];

    private static string V1 => SharedSchema.Step(0, PostGisDialect.Instance) + """
        -- Reports are evidence: the schema itself refuses to rewrite or delete them, whatever client writes.
        CREATE FUNCTION sg_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
        CREATE TRIGGER reports_immutable BEFORE UPDATE OF id, kind, hazard_id, organisation_id, team_id, deployment_id,
          date_of_information, submitted_at, submitted_by, supersedes, supersede_reason, payload ON reports
          FOR EACH ROW EXECUTE FUNCTION sg_refuse('reports are immutable: only status, status_reason, decided_at and decided_by may change');
        CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports
          FOR EACH ROW EXECUTE FUNCTION sg_refuse('reports are never deleted: supersede them with a new report');
        CREATE TRIGGER reports_no_truncate BEFORE TRUNCATE ON reports
          FOR EACH STATEMENT EXECUTE FUNCTION sg_refuse('reports are never deleted: supersede them with a new report');
        CREATE TRIGGER report_events_append_only BEFORE UPDATE OR DELETE ON report_events
          FOR EACH ROW EXECUTE FUNCTION sg_refuse('report_events is append-only');
        CREATE TRIGGER report_events_no_truncate BEFORE TRUNCATE ON report_events
          FOR EACH STATEMENT EXECUTE FUNCTION sg_refuse('report_events is append-only');

        CREATE TABLE hazards (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(MultiPolygon, 4326),
          hazard_id text COLLATE "C" NOT NULL UNIQUE, name text, region text, organisation_id text COLLATE "C" NOT NULL,
          class text NOT NULL, status text NOT NULL,
          original_m2 double precision NOT NULL, cancelled_m2 double precision NOT NULL, reduced_m2 double precision NOT NULL,
          cleared_m2 double precision NOT NULL, remaining_m2 double precision NOT NULL, find_count integer NOT NULL,
          accident_count integer NOT NULL, clearance_depth_cm integer, created_on date NOT NULL, last_report_on date NOT NULL,
          last_report_id text COLLATE "C" NOT NULL, report_count integer NOT NULL, evidence json NOT NULL, suspected_categories text,
          perimeter geometry(Geometry, 4326));
        CREATE INDEX hazards_geom ON hazards USING gist (geom);
        CREATE TABLE released_areas (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(MultiPolygon, 4326),
          hazard_id text COLLATE "C" NOT NULL, seq integer NOT NULL, report_id text COLLATE "C" NOT NULL, method text NOT NULL,
          date date NOT NULL, area_m2 double precision NOT NULL, claimed_m2 double precision NOT NULL);
        CREATE UNIQUE INDEX released_areas_hazard ON released_areas (hazard_id, seq);
        CREATE INDEX released_areas_report ON released_areas (report_id);
        CREATE INDEX released_areas_geom ON released_areas USING gist (geom);
        CREATE TABLE finds (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(Point, 4326),
          report_id text COLLATE "C" NOT NULL, idx integer NOT NULL, hazard_id text COLLATE "C", organisation_id text COLLATE "C" NOT NULL,
          region text, date date NOT NULL, category text NOT NULL, model text, quantity integer NOT NULL, condition text NOT NULL,
          depth_cm integer, disposal text NOT NULL);
        CREATE UNIQUE INDEX finds_report ON finds (report_id, idx);
        CREATE INDEX finds_hazard ON finds (hazard_id) WHERE hazard_id IS NOT NULL;
        CREATE INDEX finds_geom ON finds USING gist (geom);
        -- No victim names, birth dates or addresses here: this layer is shared; they stay in the report payload.
        CREATE TABLE accidents (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(Point, 4326),
          report_id text COLLATE "C" NOT NULL UNIQUE, hazard_id text COLLATE "C", organisation_id text COLLATE "C" NOT NULL, region text,
          date date NOT NULL, occurred_at text NOT NULL, is_demining boolean NOT NULL,
          device_category text, device_model text, killed integer NOT NULL, injured integer NOT NULL, cause text);
        CREATE INDEX accidents_hazard ON accidents (hazard_id);
        CREATE INDEX accidents_geom ON accidents USING gist (geom);
        """;

    private static string V2 => SharedSchema.Step(1, PostGisDialect.Instance) + """
        ALTER TABLE hazards ADD COLUMN flags json;
        ALTER TABLE hazards ADD COLUMN flag_count integer NOT NULL DEFAULT 0;
        ALTER TABLE hazards ADD COLUMN defined geometry(Geometry, 4326);
        ALTER TABLE hazards ADD COLUMN defined_m2 double precision;
        ALTER TABLE hazards ADD COLUMN handed_over_to text;
        ALTER TABLE hazards ADD COLUMN handed_over_on date;

        -- The perimeter each hazard was recorded with, as a layer of its own (the GeoPackage keeps a copy
        -- table because it allows one geometry column per table; QGIS reads a PostGIS view as a layer).
        CREATE VIEW hazard_perimeters AS SELECT fid, perimeter AS geom, hazard_id, name, region, organisation_id, class, status, original_m2
          FROM hazards;
        """;

    private static string V3 => SharedSchema.Step(2, PostGisDialect.Instance) + """
        CREATE TABLE regions (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(MultiPolygon, 4326),
          name text NOT NULL UNIQUE, area_m2 double precision NOT NULL);
        CREATE INDEX regions_geom ON regions USING gist (geom);

        UPDATE reports SET deminer_days = (payload -> 'body' ->> 'deminerDays')::double precision,
          machine_hours = (payload -> 'body' ->> 'machineHours')::double precision
        WHERE kind = 'clearance-progress';
        -- The effort columns are part of the report: immutable like the rest of it.
        DROP TRIGGER reports_immutable ON reports;
        CREATE TRIGGER reports_immutable BEFORE UPDATE OF id, kind, hazard_id, organisation_id, team_id, deployment_id,
          date_of_information, submitted_at, submitted_by, supersedes, supersede_reason, payload, deminer_days, machine_hours ON reports
          FOR EACH ROW EXECUTE FUNCTION sg_refuse('reports are immutable: only status, status_reason, decided_at and decided_by may change');
        """;

    private static string V4 => SharedSchema.Step(3, PostGisDialect.Instance) + """
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION sg_refuse('the audit log is append-only: its lines cannot be changed or deleted');
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
          FOR EACH STATEMENT EXECUTE FUNCTION sg_refuse('the audit log is append-only: its lines cannot be deleted');
        """;

    // Where each token came from and when it was last used; null for the tokens of version 4.
    private static string V5 => SharedSchema.Step(4, PostGisDialect.Instance);

    // The contamination type surveys state (null for every hazard of 6: no report of 6 could state one).
    private static string V7 => SharedSchema.Step(6, PostGisDialect.Instance);

    // Issue 18, ordnance catalogue: the shared table and its seeded rows.
    private static string Ordnance => SharedSchema.Step(SharedSchema.OrdnanceStep, PostGisDialect.Instance);
    // Accreditations, team roles and retirement of the reference data (issue 18: reference data managed).
    private static string Reference => SharedSchema.Step(SharedSchema.StepOf("Reference"), PostGisDialect.Instance);

    // The programme's rules belong to the store: every version set, kept as set; the highest is the one in force.
    private static string V6 => SharedSchema.Step(5, PostGisDialect.Instance) + """
        CREATE TRIGGER programme_rules_kept BEFORE UPDATE OR DELETE ON programme_rules
          FOR EACH ROW EXECUTE FUNCTION sg_refuse('programme rules versions are kept as set: set a new version instead');
        CREATE TRIGGER programme_rules_no_truncate BEFORE TRUNCATE ON programme_rules
          FOR EACH STATEMENT EXECUTE FUNCTION sg_refuse('programme rules versions are kept as set: they cannot be deleted');
        """;

    // Risk-education sessions as a point layer (issue 18): counts only, an audience is never named.
    private static string RiskEducation => """
        CREATE TABLE eore_sessions (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(Point, 4326),
          report_id text COLLATE "C" NOT NULL UNIQUE, organisation_id text COLLATE "C" NOT NULL, team_id text COLLATE "C", region text,
          date date NOT NULL, method text NOT NULL, beneficiaries integer NOT NULL, female integer NOT NULL, male integer NOT NULL,
          children integer NOT NULL, with_disability integer NOT NULL);
        CREATE INDEX eore_sessions_region ON eore_sessions (region);
        CREATE INDEX eore_sessions_geom ON eore_sessions USING gist (geom);
        """;

    // Civilian casualty incidents as a point layer (issue 18): counts only, nobody is named.
    private static string Incidents => """
        CREATE TABLE incidents (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, geom geometry(Point, 4326),
          report_id text COLLATE "C" NOT NULL UNIQUE, organisation_id text COLLATE "C" NOT NULL, region text, hazard_id text COLLATE "C",
          occurred_on date NOT NULL, activity text NOT NULL, device_category text, killed integer NOT NULL, injured integer NOT NULL,
          children integer NOT NULL);
        CREATE INDEX incidents_region ON incidents (region);
        CREATE INDEX incidents_geom ON incidents USING gist (geom);
        """;
}
