using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration (issue 18, risk education): the sessions as a point feature table with its R-tree, so they are a map
/// layer and roll-ups read counts from columns. Only counts: an audience is never named. Existing stores start empty,
/// which is what a replay gives: no report stored before could be a session.
/// </summary>
internal static class SchemaRiskEducation
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, """
            CREATE TABLE eore_sessions (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT,
              report_id TEXT NOT NULL UNIQUE, organisation_id TEXT NOT NULL, team_id TEXT, region TEXT, date DATE NOT NULL,
              method TEXT NOT NULL, beneficiaries INTEGER NOT NULL, female INTEGER NOT NULL, male INTEGER NOT NULL,
              children INTEGER NOT NULL, with_disability INTEGER NOT NULL);
            CREATE INDEX eore_sessions_region ON eore_sessions (region);
            """);
        GpkgCore.AddFeatureTable(c, tx, "eore_sessions", "POINT", "Risk-education sessions (audience counted, never named)");
    }
}
