using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 3 → 4 (access control): users with their password hashes, session and API tokens (only
/// the SHA-256 of their secrets), and the audit log, which SQLite itself keeps append-only: any UPDATE or
/// DELETE of a line aborts, whoever tries.
/// </summary>
internal static class SchemaV4
{
    public static void Apply(SqliteConnection c, SqliteTransaction tx) => Sql.Exec(c, tx, """
        CREATE TABLE users (username TEXT PRIMARY KEY NOT NULL, display_name TEXT NOT NULL, role TEXT NOT NULL,
          organisation_id TEXT, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, password_hash TEXT NOT NULL);

        CREATE TABLE api_tokens (hash TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, username TEXT NOT NULL REFERENCES users (username),
          name TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX api_tokens_user ON api_tokens (username);

        CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at TEXT NOT NULL, username TEXT NOT NULL,
          remote_address TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, action TEXT NOT NULL, target_id TEXT, status INTEGER NOT NULL);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its lines cannot be changed'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: its lines cannot be deleted'); END;
        """);
}
