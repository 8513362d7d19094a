using System.Data.Common;

namespace Safeground.Storage.Sql;

/// <summary>
/// The reads both stores make with the same SQL (reference data, reports and their history, users, tokens, the
/// audit log, the programme's rules), over the store's own plumbing: a store derives from this and supplies how a
/// query runs (which connection, how failures and undecodable rows are named).
/// </summary>
public abstract partial class SqlStore
{
    protected abstract SqlDialect Dialect { get; }

    /// <summary>Streams the rows of <paramref name="sql"/> (parameters $1..$n) through <paramref name="map"/>.</summary>
    protected abstract IEnumerable<T> Rows<T>(string sql, Func<DbDataReader, T> map, params object?[] args);

    protected List<T> RowList<T>(string sql, Func<DbDataReader, T> map, params object?[] args) => Rows(sql, map, args).ToList();

    protected static string? TextOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
