using System.Text;
using Microsoft.Data.Sqlite;
using Safeground.Core.Storage;
using Safeground.Storage.Contract;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>The store contract on a GeoPackage file, plus what only a GeoPackage has (see the partial files).</summary>
public sealed partial class GeoPackageStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFiles _temp = new();
    private int _count;

    protected override ISafegroundStore CreateStore() => GeoPackageStore.Open(NewPath());

    private string NewPath() => _temp.Path($"store{++_count}.gpkg");

    public void Dispose() => _temp.Dispose();

    /// <summary>A raw connection, as another SQLite client (QGIS, sqlite3) would open the file.</summary>
    private static SqliteConnection Raw(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static object? Scalar(string path, string sql)
    {
        using var c = Raw(path, SqliteOpenMode.ReadOnly);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>Every schema object and every row of every table, as text: two files with the same dump hold the same data.</summary>
    /// <param name="indexInternals">Include the R-tree shadow tables (node layout depends on how the tree was built).</param>
    private static string Dump(string path, bool indexInternals = true)
    {
        using var c = Raw(path, SqliteOpenMode.ReadOnly);
        var tables = new List<string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index') ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        var sb = new StringBuilder();
        sb.AppendJoin('\n', tables).Append('\n');
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name";
            tables.Clear();
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        foreach (var t in tables)
        {
            if (!indexInternals && t.StartsWith("rtree_", StringComparison.Ordinal)) continue;
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t}\" ORDER BY rowid";
            using var r = cmd.ExecuteReader();
            sb.Append("## ").Append(t).Append('\n');
            while (r.Read())
            {
                for (int i = 0; i < r.FieldCount; i++)
                {
                    if (r.GetName(i) == "last_change") continue; // a clock, not data
                    var v = r.GetValue(i);
                    sb.Append(v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }
}
