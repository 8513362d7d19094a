using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 5 → 6 (the programme's rules belong to the store): every version of the rules file set, with who set it,
/// when and why. The highest version is the one the store runs on; none means the built-in default. Versions are kept
/// as set: SQLite itself refuses to change or delete one.
/// </summary>
internal static class SchemaV6
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, SharedSchema.Step(5, GeoPackageDialect.Instance));
        Sql.Exec(c, tx, """
            CREATE TRIGGER programme_rules_no_update BEFORE UPDATE ON programme_rules
            BEGIN SELECT RAISE(ABORT, 'programme rules versions are kept as set: set a new version instead'); END;
            CREATE TRIGGER programme_rules_no_delete BEFORE DELETE ON programme_rules
            BEGIN SELECT RAISE(ABORT, 'programme rules versions are kept as set: they cannot be deleted'); END;
            """);
    }
}
