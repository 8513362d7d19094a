using System.Data.Common;
using Safeground.Core.Storage;

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

    /// <summary>
    /// One page of <paramref name="columns"/> (a SELECT … FROM <paramref name="table"/>) under <paramref name="filter"/>,
    /// in <paramref name="order"/> (an index's, so that LIMIT/OFFSET reads no more than the page), with the count of all.
    /// </summary>
    protected Page<T> PageOf<T>(string columns, string table, SqlFilter filter, string order, int limit, int offset, Func<DbDataReader, T> map)
    {
        ArgumentNullException.ThrowIfNull(filter);
        long total = RowList($"SELECT count(*) FROM {table}{filter.Where}", r => r.GetInt64(0), [.. filter.Args])[0];
        var where = filter.Where;
        var page = filter.Page(order, limit, offset);
        return new Page<T>(RowList(columns + where + page, map, [.. filter.Args]), total);
    }

    protected static string? TextOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
