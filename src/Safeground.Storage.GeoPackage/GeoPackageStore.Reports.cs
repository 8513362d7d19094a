using System.Data.Common;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage;

// Reference data, reports and their history, users, tokens, the audit log and the rules are SqlStore's (the SQL
// both stores share), read through this store's read-only connection.
public sealed partial class GeoPackageStore : SqlStore
{
    protected override SqlDialect Dialect => GeoPackageDialect.Instance;

    protected override IEnumerable<T> Rows<T>(string sql, Func<DbDataReader, T> map, params object?[] args) => Stream(sql, map, args);
}
