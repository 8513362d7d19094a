namespace Safeground.Storage.Sql;

/// <summary>
/// The tables, columns and indexes both stores define alike, per schema step (step i takes version i to i + 1), in
/// each dialect's types. A store's step is this plus what only it has: GeoPackage's fid, contents rows and R-trees,
/// PostGIS's geometry columns and GiST indexes, and the triggers that keep reports, events, the audit log and the
/// rules as written (each engine spells a refusal its own way). <c>SchemaComparisonTests</c> checks that both stores
/// end up with the same columns and indexes at every version.
/// </summary>
public static partial class SharedSchema
{
    // Issue 18's parts were written side by side, so each finds its version by name (StepOf), not by a number.
    private static readonly Func<SqlDialect, string>[] Steps =
        [Records, ReportHazards, Effort, Access, TokenOrigins, ProgrammeRules, ContaminationTypes, Ordnance, RiskEducation, Reference, Incidents];

    /// <summary>The version the named step starts from ("Reference", "RiskEducation"...), wherever the list puts it.</summary>
    public static int StepOf(string name) => Array.FindIndex(Steps, s => s.Method.Name == name) is var i and >= 0 ? i
        : throw new ArgumentOutOfRangeException(nameof(name)); // a programming slip: a step renamed without its callers

    // A feature table each dialect writes itself (its geometry column and spatial index differ): nothing shared, but
    // a version of its own in both stores, so "version N" means the same tables everywhere.
    private static string RiskEducation(SqlDialect d) => "";

    // Civilian incidents as a point layer: like RiskEducation, each dialect writes its own feature table.
    private static string Incidents(SqlDialect d) => "";

    /// <summary>The schema version both stores write.</summary>
    public static int Current => Steps.Length;

    /// <summary>The shared DDL of the step that takes version <paramref name="from"/> to <paramref name="from"/> + 1.</summary>
    public static string Step(int from, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, Current);
        return Steps[from](dialect);
    }

    // 0 → 1: the store's metadata, reference data, reports and their lifecycle events.
    private static string Records(SqlDialect d)
    {
        string key = d.TypeName(SqlType.Key), text = d.TypeName(SqlType.Text), integer = d.TypeName(SqlType.Integer), date = d.TypeName(SqlType.Date);
        return $"""
            CREATE TABLE sg_meta (key {text} NOT NULL PRIMARY KEY, value {text} NOT NULL);
            INSERT INTO sg_meta VALUES ('schema_version', '0');

            CREATE TABLE organisations ({d.DomainKey("id")}, name {text} NOT NULL, country {text} NOT NULL);
            CREATE TABLE teams ({d.DomainKey("id")}, organisation_id {key} NOT NULL, name {text} NOT NULL,
              asset {text} NOT NULL, size {integer} NOT NULL);
            CREATE TABLE deployments ({d.DomainKey("id")}, team_id {key} NOT NULL, region {text} NOT NULL,
              start {date} NOT NULL, planned_days {integer} NOT NULL);

            CREATE TABLE reports ({d.DomainKey("id")}, kind {text} NOT NULL,
              hazard_id {key}, organisation_id {key} NOT NULL, team_id {key}, deployment_id {key},
              date_of_information {date} NOT NULL, submitted_at {key} NOT NULL, submitted_by {text} NOT NULL,
              supersedes {key}, supersede_reason {text},
              status {text} NOT NULL, status_reason {text}, decided_at {text}, decided_by {text},
              payload {d.TypeName(SqlType.Json)} NOT NULL);
            CREATE INDEX reports_hazard ON reports (hazard_id);
            CREATE INDEX reports_replay ON reports (date_of_information, submitted_at, id);
            CREATE INDEX reports_status ON reports (status, date_of_information, submitted_at, id);

            CREATE TABLE report_events ({d.EventSequence} {d.TypeName(SqlType.Sequence)}, report_id {key} NOT NULL,
              status {text} NOT NULL, at {text} NOT NULL, by_user {text} NOT NULL, reason {text});
            CREATE INDEX report_events_report ON report_events (report_id, {d.EventSequence});

            """;
    }

    // 1 → 2: the other hazards a report's release polygon reaches (Report.AlsoHazards); its own is reports.hazard_id.
    private static string ReportHazards(SqlDialect d)
    {
        string key = d.TypeName(SqlType.Key);
        return $"""
            CREATE TABLE report_hazards ({d.RowId}report_id {key} NOT NULL, hazard_id {key} NOT NULL, {d.CompositeKey("report_id, hazard_id")});
            CREATE INDEX report_hazards_hazard ON report_hazards (hazard_id);

            """;
    }

    // 2 → 3: the effort a clearance progress report declares, as columns (roll-ups read columns, not payloads).
    private static string Effort(SqlDialect d) => $"""
        ALTER TABLE reports ADD COLUMN deminer_days {d.TypeName(SqlType.Real)};
        ALTER TABLE reports ADD COLUMN machine_hours {d.TypeName(SqlType.Real)};

        """;

    // 3 → 4: users with their password hashes, tokens (only the SHA-256 of their secrets) and the audit log.
    private static string Access(SqlDialect d)
    {
        string key = d.TypeName(SqlType.Key), text = d.TypeName(SqlType.Text), flag = d.TypeName(SqlType.Flag);
        return $"""
            CREATE TABLE users (username {key} PRIMARY KEY NOT NULL, display_name {text} NOT NULL, role {text} NOT NULL,
              organisation_id {text}, disabled {flag} NOT NULL DEFAULT {d.FlagLiteral(false)}, created_at {text} NOT NULL, password_hash {text} NOT NULL);

            CREATE TABLE api_tokens (hash {text} PRIMARY KEY NOT NULL, kind {text} NOT NULL, username {key} NOT NULL REFERENCES users (username),
              name {text} NOT NULL, created_at {text} NOT NULL, expires_at {text} NOT NULL, revoked {flag} NOT NULL DEFAULT {d.FlagLiteral(false)});
            CREATE INDEX api_tokens_user ON api_tokens (username);

            CREATE TABLE audit_log (seq {d.TypeName(SqlType.Sequence)}, at {text} NOT NULL, username {text} NOT NULL,
              remote_address {text} NOT NULL, method {text} NOT NULL, path {text} NOT NULL, action {text} NOT NULL, target_id {text},
              status {d.TypeName(SqlType.Integer)} NOT NULL);

            """;
    }

    // 4 → 5: where each token came from and when it was last used; null for the tokens of version 4.
    private static string TokenOrigins(SqlDialect d) => $"""
        ALTER TABLE api_tokens ADD COLUMN origin {d.TypeName(SqlType.Text)};
        ALTER TABLE api_tokens ADD COLUMN last_used_at {d.TypeName(SqlType.Text)};

        """;

    // 6 → 7: the contamination type the latest survey stated for each hazard (null: none did, as a replay of the reports of 6 gives).
    private static string ContaminationTypes(SqlDialect d) => $"""
        ALTER TABLE hazards ADD COLUMN contamination_type {d.TypeName(SqlType.Text)};

        """;

    // Reference data managed, not only imported: what each organisation is accredited for (null: unmanaged, never
    // refused), who a team holds by role, and the day each was retired (they are never deleted: old reports name them).
    private static string Reference(SqlDialect d)
    {
        string text = d.TypeName(SqlType.Text), date = d.TypeName(SqlType.Date);
        return $"""
            ALTER TABLE organisations ADD COLUMN accreditations {text};
            ALTER TABLE organisations ADD COLUMN retired_on {date};
            ALTER TABLE teams ADD COLUMN roles {text};
            ALTER TABLE teams ADD COLUMN retired_on {date};
            ALTER TABLE deployments ADD COLUMN retired_on {date};

            """;
    }

    // 5 → 6: the programme's rules, every version set, kept as set; the highest is the one in force.
    private static string ProgrammeRules(SqlDialect d)
    {
        string text = d.TypeName(SqlType.Text);
        return $"""
            CREATE TABLE programme_rules (version {d.TypeName(SqlType.Integer)} PRIMARY KEY NOT NULL, rules_json {text} NOT NULL, set_by {text} NOT NULL,
              set_at {text} NOT NULL, note {text});

            """;
    }
}
