using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 7 → 8 (reference data managed): organisations' accreditations, teams' roles and the day each
/// organisation, team and deployment was retired. Existing rows start null: unmanaged, with no roles, not retired.
/// </summary>
internal static class SchemaReference
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx) =>
        Sql.Exec(c, tx, SharedSchema.Step(SharedSchema.StepOf("Reference"), GeoPackageDialect.Instance));
}
