using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 4 → 5 (tokens their owners can recognise): where each token came from (the web session or CLI that
/// issued it) and when it was last used. Both stay null for the tokens of version 4: nothing recorded them then.
/// </summary>
internal static class SchemaV5
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx) => Sql.Exec(c, tx, SharedSchema.Step(4, GeoPackageDialect.Instance));
}
