using System.Globalization;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis.Schema;

/// <summary>
/// Brings a schema's Safeground tables to <see cref="Current"/>: the steps of <see cref="SchemaSteps"/>, all in
/// one transaction (PostgreSQL's DDL is transactional), so a failed upgrade leaves the database as it was.
/// An advisory lock keeps two programs from upgrading the same schema at once. Version 0: no tables yet.
/// </summary>
internal static class Migrations
{
    public static int Current => SchemaSteps.Steps.Length;

    public static int VersionOf(NpgsqlConnection c, string schema)
    {
        using var cmd = new NpgsqlCommand("SELECT to_regclass(quote_ident($1) || '.sg_meta') IS NOT NULL", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = schema });
        if (!(bool)cmd.ExecuteScalar()!) return 0;
        using var v = new NpgsqlCommand($"SELECT value FROM \"{schema}\".sg_meta WHERE key = 'schema_version'", c);
        return v.ExecuteScalar() is string s ? int.Parse(s, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Applies the missing steps up to <paramref name="target"/>; returns the version the schema was at.</summary>
    public static int Run(NpgsqlConnection c, PostGisLocation location, bool create, int target)
    {
        using var tx = c.BeginTransaction();
        Exec(c, tx, "SELECT pg_advisory_xact_lock(hashtext('safeground-migrate:' || $1))", location.Schema);
        int from = VersionOf(c, location.Schema);
        if (from > Current)
        {
            throw SafegroundException.Invalid(
                Texts.Render("store.schema-newer-program", ("store", location.Display), ("version", from), ("known", Current)));
        }
        if (from == 0 && !create)
            throw SafegroundException.NotFound(Texts.Render("store.no-store-in-schema", ("location", location.Display), ("schema", location.Schema)));
        if (from >= target)
        {
            tx.Commit();
            return from;
        }
        if (from == 0)
        {
            EnsurePostGis(c, tx, location);
            Exec(c, tx, $"CREATE SCHEMA IF NOT EXISTS \"{location.Schema}\"");
        }
        for (int v = from; v < target; v++)
        {
            Exec(c, tx, SchemaSteps.Steps[v]);
            Exec(c, tx, "UPDATE sg_meta SET value = $1 WHERE key = 'schema_version'", (v + 1).ToString(CultureInfo.InvariantCulture));
        }
        tx.Commit();
        return from;
    }

    private static void EnsurePostGis(NpgsqlConnection c, NpgsqlTransaction tx, PostGisLocation location)
    {
        // One program at a time adds the extension: two stores created at once in one database would both try.
        Exec(c, tx, "SELECT pg_advisory_xact_lock(hashtext('safeground-postgis'))");
        using var has = new NpgsqlCommand("SELECT 1 FROM pg_extension WHERE extname = 'postgis'", c, tx);
        if (has.ExecuteScalar() is not null) return;
        try
        {
            Exec(c, tx, "CREATE EXTENSION postgis");
        }
        catch (PostgresException e)
        {
            throw new SafegroundException(ErrorKind.Storage,
                Texts.Render("store.postgis-missing", ("location", location.Display), ("reason", e.MessageText)), e);
        }
    }

    private static void Exec(NpgsqlConnection c, NpgsqlTransaction tx, string sql, params object[] args)
    {
        using var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        cmd.ExecuteNonQuery();
    }
}
