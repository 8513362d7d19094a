using Microsoft.Data.Sqlite;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 3 → 4 (access control): users with their password hashes, session and API tokens (only
/// the SHA-256 of their secrets), and the audit log, which SQLite itself keeps append-only: any UPDATE or
/// DELETE of a line aborts, whoever tries.
/// </summary>
internal static class SchemaV4
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx)
    {
        Sql.Exec(c, tx, SharedSchema.Step(3, GeoPackageDialect.Instance));
        Sql.Exec(c, tx, """
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its lines cannot be changed'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its lines cannot be deleted'); END;
            """);
    }
}
