using System.Data.Common;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis;

// Reference data, reports and their history, users, tokens, the audit log and the rules are SqlStore's (the SQL
// both stores share), read through a pooled connection per query; what only this store reads from them is here.
public sealed partial class PostGisStore : SqlStore
{
    protected override SqlDialect Dialect => PostGisDialect.Instance;

    protected override IEnumerable<T> Rows<T>(string sql, Func<DbDataReader, T> map, params object?[] args) => Stream(sql, map, args);

    public IReadOnlyList<Region> Regions() => List(
        "SELECT name, geom FROM regions ORDER BY name COLLATE \"C\"",
        r => new Region(r.GetString(0), Polygonal(r, 1)));

    public IEnumerable<ReportSummary> ApprovedReportSummaries() => Stream(
        "SELECT id, kind, hazard_id, organisation_id, team_id, deployment_id, date_of_information, deminer_days, machine_hours " +
        "FROM reports WHERE status = 'approved'" + ReplayOrderSql,
        r => new ReportSummary(r.GetString(0), StoredNames.Parse<ReportKind>(r.GetString(1)), Text(r, 2), r.GetString(3), Text(r, 4), Text(r, 5),
            Date(r, 6), Double(r, 7), Double(r, 8)));
}
