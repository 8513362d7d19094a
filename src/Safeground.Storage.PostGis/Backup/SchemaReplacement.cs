using System.Globalization;
using System.Diagnostics;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis.Backup;

/// <summary>
/// A restore as one transaction: psql --single-transaction runs "take the store's locks, drop what the schema
/// holds" and then the backup's script as pg_restore writes it, streamed (a national store's data never lands in
/// a temporary file). Any failure, of pg_restore reading the backup or of psql running it, rolls everything back.
/// </summary>
/// <remarks>
/// pg_restore --single-transaction --clean alone would not do: it drops only what the backup holds, so a backup
/// of an older schema version would leave the newer tables behind, and its DROP SCHEMA would then fail.
/// </remarks>
internal static class SchemaReplacement
{
    /// <summary>
    /// Safeground's relations and functions, for a store in public (which cannot be dropped: PostGIS lives there,
    /// and maybe other tables). A test checks this list against a store of the current version.
    /// </summary>
    internal static readonly string[] Relations =
    [
        "hazard_perimeters", "sg_meta", "organisations", "teams", "deployments", "reports", "report_events", "hazards",
        "released_areas", "finds", "accidents", "report_hazards", "regions", "api_tokens", "users", "audit_log",
        "programme_rules", "ordnance_models", "eore_sessions", "incidents",
    ];

    internal static readonly string[] Functions = ["sg_refuse()"];

    public static void Run(PgClient client, PostGisLocation location, BackupArchive archive)
    {
        bool intoPublic = location.Schema == "public";
        var list = Path.GetTempFileName();
        try
        {
            File.WriteAllText(list, archive.RestoreList(intoPublic));
            using var restore = client.Start("pg_restore", ["--file=-", "--use-list=" + list, archive.Path]);
            using var psql = client.Start("psql", ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction",
                "--command=" + Prelude(location.Schema, intoPublic, archive), "--file=-"], redirectInput: true);
            var restoreErrors = restore.StandardError.ReadToEndAsync();
            var psqlErrors = psql.StandardError.ReadToEndAsync();
            var psqlOutput = psql.StandardOutput.ReadToEndAsync();
            if (!Pipe(restore, psql))
            {
                // psql stopped reading: it failed, and its transaction is rolled back.
                psql.WaitForExit();
                restore.WaitForExit();
                client.ThrowIfFailed(psql, Texts.Render("store.program.psql-restoring"), psqlErrors.Result);
            }
            restore.WaitForExit();
            if (restore.ExitCode != 0)
            {
                // The script is incomplete: end psql before it sees the end of its input, or it would commit
                // what it has (--single-transaction commits at the end of the input). Killed, it commits nothing.
                psql.Kill();
                psql.WaitForExit();
                client.ThrowIfFailed(restore, Texts.Render("store.program.pg-restore-reading"), restoreErrors.Result);
            }
            psql.StandardInput.Close();
            psql.WaitForExit();
            _ = psqlOutput.Result;
            client.ThrowIfFailed(psql, Texts.Render("store.program.psql-restoring"), psqlErrors.Result);
        }
        finally
        {
            File.Delete(list);
        }
    }

    // Copies pg_restore's script into psql; false when psql stopped reading (it failed and has rolled back).
    private static bool Pipe(Process from, Process to)
    {
        try
        {
            from.StandardOutput.BaseStream.CopyTo(to.StandardInput.BaseStream, 1 << 16);
            to.StandardInput.BaseStream.Flush();
            return true;
        }
        catch (IOException)
        {
            from.Kill();
            return false;
        }
    }

    /// <summary>
    /// First in the transaction: the locks a migration and a writer take (so neither runs half against the old
    /// schema and half against the new), then the old content dropped. DROP is not refused by the triggers that
    /// keep reports and the audit log from DELETE and TRUNCATE.
    /// </summary>
    private static string Prelude(string schema, bool intoPublic, BackupArchive archive)
    {
        var sql = new System.Text.StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock(hashtext('safeground-migrate:' || '{schema}'));\n");
        sql.Append(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock(hashtext('safeground-write:' || '{schema}'));\n");
        var views = archive.Entries.Where(e => e.Schema == "public" && e.Type == "VIEW").Select(e => e.Name);
        var tables = archive.Entries.Where(e => e.Schema == "public" && e.Type == "TABLE").Select(e => e.Name);
        var names = Relations.Concat(views).Concat(tables).Distinct(StringComparer.Ordinal).Select(n => "'" + n.Replace("'", "''", StringComparison.Ordinal) + "'");
        sql.Append(LockAllTables(schema, intoPublic ? $"AND c.relname = ANY (ARRAY[{string.Join(", ", names)}]) " : ""));
        if (!intoPublic)
        {
            sql.Append(CultureInfo.InvariantCulture, $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;\n");
            return sql.ToString();
        }
        // A name may be a table or a view depending on the version; only relations that exist are dropped.
        sql.Append("DO $$ DECLARE r record; BEGIN FOR r IN SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace ");
        sql.Append(CultureInfo.InvariantCulture, $"AND relkind IN ('r', 'p', 'v') AND relname = ANY (ARRAY[{string.Join(", ", names)}]) LOOP ");
        sql.Append("EXECUTE format('DROP %s IF EXISTS public.%I CASCADE', CASE r.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, r.relname); END LOOP; END $$;\n");
        foreach (var f in Functions) sql.Append(CultureInfo.InvariantCulture, $"DROP FUNCTION IF EXISTS public.{f} CASCADE;\n");
        return sql.ToString();
    }

    /// <summary>
    /// Every table of the store locked in one step, before anything is dropped. DROP ... CASCADE alone locks the
    /// relations one by one and waits on each while holding the others, and a reader reads a table and then a
    /// sequence (the map's revision token): the two deadlocked, and PostgreSQL aborted the restore (seen in CI).
    /// NOWAIT never waits while holding a lock; the attempt is undone and made again until the readers of the
    /// moment have finished (each read is one short statement), for at most a minute.
    /// </summary>
    private static string LockAllTables(string schema, string onlyThese) =>
        "DO $$ DECLARE tables text; BEGIN " +
        "SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ') INTO tables FROM pg_class c " +
        $"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND c.relkind IN ('r', 'p') {onlyThese};" +
        "IF tables IS NULL THEN RETURN; END IF; " +
        "FOR attempt IN 1..1200 LOOP " +
        "BEGIN EXECUTE 'LOCK TABLE ' || tables || ' IN ACCESS EXCLUSIVE MODE NOWAIT'; RETURN; " +
        "EXCEPTION WHEN lock_not_available THEN PERFORM pg_sleep(0.05); END; END LOOP; " +
        $"RAISE EXCEPTION '{Texts.Render("store.restore.busy").Replace("'", "''", StringComparison.Ordinal)}'; END $$;\n";
}
