using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 6 → 7 (contamination type): the type the latest survey stated for each hazard. Existing rows start
/// null, which is what a replay of their reports gives: no report stored before could state one.
/// </summary>
internal static class SchemaV7
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx) =>
        Sql.Exec(c, tx, SharedSchema.Step(6, GeoPackageDialect.Instance));
}
