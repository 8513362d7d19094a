using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Administrative regions, and the payload-free report rows roll-ups stream.
public sealed partial class GeoPackageStore
{
    public IReadOnlyList<Region> Regions() => List(
        "SELECT name, geom FROM regions ORDER BY name",
        r => new Region(r.GetString(0), GpkgBlob.ReadPolygonal(Blob(r, 1))));

    public IEnumerable<ReportSummary> ApprovedReportSummaries() => Stream(
        "SELECT id, kind, hazard_id, organisation_id, team_id, deployment_id, date_of_information, deminer_days, machine_hours " +
        "FROM reports WHERE status = 'approved'" + ReplayOrderSql,
        r => new ReportSummary(r.GetString(0), Names.Parse<ReportKind>(r.GetString(1)), Text(r, 2), r.GetString(3), Text(r, 4), Text(r, 5),
            IsoTime.ParseDate(r.GetString(6)), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetDouble(8)));
}
