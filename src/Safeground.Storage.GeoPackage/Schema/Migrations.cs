using System.Globalization;
using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage.Schema;

/// <summary>
/// Brings a GeoPackage's Safeground schema to <see cref="Current"/>: an ordered list of steps,
/// step i taking version i to i + 1, all applied in one transaction so a failed upgrade leaves the file as it was.
/// Version 0 is a GeoPackage without Safeground's tables.
/// </summary>
internal static class Migrations
{
    private static readonly Action<SqliteConnection, SqliteTransaction>[] Steps =
    [
        SchemaV1.Apply,
        SchemaV2.Apply,
        SchemaV3.Apply,
        SchemaV4.Apply,
        SchemaV5.Apply,
        SchemaV6.Apply,
        SchemaV7.Apply,
        SchemaOrdnance.Apply,
        SchemaRiskEducation.Apply,
        SchemaReference.Apply,
        SchemaIncidents.Apply,
    ];

    public static int Current => Steps.Length;

    public static int VersionOf(SqliteConnection c, SqliteTransaction? tx)
    {
        if (!Sql.TableExists(c, tx, "sg_meta")) return 0;
        var v = Sql.Scalar(c, tx, "SELECT value FROM sg_meta WHERE key = 'schema_version'") as string;
        return v is null ? 0 : int.Parse(v, CultureInfo.InvariantCulture);
    }

    /// <summary>Applies the missing steps; returns the version the file was at.</summary>
    public static int Run(SqliteConnection c, string path) => Run(c, path, Current);

    /// <summary>Applies the steps up to <paramref name="target"/> (tests build every earlier version with it).</summary>
    internal static int Run(SqliteConnection c, string path, int target)
    {
        int from = VersionOf(c, null);
        if (from > Current)
        {
            throw new SafegroundException(ErrorKind.Invalid,
                Texts.Render("store.schema-newer-program", ("store", path), ("version", from), ("known", Current)));
        }
        if (from >= target) return from;
        using var tx = c.BeginTransaction(deferred: false);
        // Another program may have migrated the file while this one waited for the write lock.
        from = VersionOf(c, tx);
        if (from >= target) return from;
        for (int v = from; v < target; v++)
        {
            Steps[v](c, tx);
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE sg_meta SET value = $v WHERE key = 'schema_version'";
            cmd.Parameters.AddWithValue("$v", (v + 1).ToString(CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return from;
    }
}
