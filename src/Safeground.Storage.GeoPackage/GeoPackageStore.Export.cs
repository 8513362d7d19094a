using Microsoft.Data.Sqlite;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage;

// The store as an export (safeground export OUT.gpkg): everything a GIS or another Safeground reads, nothing that is secret.
public sealed partial class GeoPackageStore
{
    /// <summary>
    /// Writes a copy of the committed data (<see cref="CopyTo"/>) that holds no users, no password or token hashes and no
    /// audit log, and in which each accident report's payload is what <paramref name="payload"/> makes of the report (victims'
    /// personal data withheld, unless an admin asked for it). Removed content is zeroed and the file compacted, so none of it
    /// can be read from the file's bytes.
    /// </summary>
    /// <remarks>
    /// The copy's triggers that keep reports immutable and the audit log append-only are set aside in the copy only, for
    /// this one transaction, and put back exactly as they were: the export is a store with the same guarantees.
    /// Only accident reports carry personal data, so only their payloads are read (thousands, even nationally).
    /// </remarks>
    public void ExportTo(string path, Func<Report, Report> payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        CopyTo(path);
        var target = Path.GetFullPath(path);
        StorageErrors.Guard(target, () =>
        {
            using var c = Connect(target, SqliteOpenMode.ReadWrite);
            Schema.Sql.Exec(c, null, "PRAGMA secure_delete = ON");
            using (var tx = c.BeginTransaction())
            {
                var guards = Triggers(c, tx, "reports_immutable", "audit_log_no_delete");
                foreach (var name in guards.Keys) Schema.Sql.Exec(c, tx, $"DROP TRIGGER \"{name}\"");
                Schema.Sql.Exec(c, tx, "DELETE FROM api_tokens; DELETE FROM users; DELETE FROM audit_log; DELETE FROM sqlite_sequence WHERE name = 'audit_log'");
                foreach (var (fid, json) in Rewritten(c, tx, payload))
                {
                    using var update = c.CreateCommand();
                    update.Transaction = tx;
                    update.CommandText = "UPDATE reports SET payload = $p WHERE fid = $f";
                    update.Parameters.AddWithValue("$p", json);
                    update.Parameters.AddWithValue("$f", fid);
                    update.ExecuteNonQuery();
                }
                foreach (var sql in guards.Values) Schema.Sql.Exec(c, tx, sql);
                tx.Commit();
            }
            // Freed pages would still hold the old rows: VACUUM leaves none.
            Schema.Sql.Exec(c, null, "VACUUM");
        });
    }

    private static Dictionary<string, string> Triggers(SqliteConnection c, SqliteTransaction tx, params string[] names)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (" + string.Join(", ", names.Select((_, i) => "$n" + i)) + ")";
        for (int i = 0; i < names.Length; i++) cmd.Parameters.AddWithValue("$n" + i, names[i]);
        using var r = cmd.ExecuteReader();
        while (r.Read()) found[r.GetString(0)] = r.GetString(1);
        return found;
    }

    private static List<(long Fid, string Json)> Rewritten(SqliteConnection c, SqliteTransaction tx, Func<Report, Report> payload)
    {
        var changed = new List<(long, string)>();
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT fid, payload FROM reports WHERE kind = $k";
        cmd.Parameters.AddWithValue("$k", Names.Of(ReportKind.Accident));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var report = ReportJson.Deserialize(r.GetString(1));
            var kept = payload(report);
            if (!ReferenceEquals(kept, report)) changed.Add((r.GetInt64(0), ReportJson.Serialize(kept)));
        }
        return changed;
    }
}
