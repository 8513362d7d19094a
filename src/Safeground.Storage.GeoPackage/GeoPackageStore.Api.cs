using Microsoft.Data.Sqlite;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage;

// Filtered, paged lists for the API: one WHERE built from the query, counted and paged with LIMIT/OFFSET
// in the order of an index (replay order, hazard id, report id + index), bounding boxes through the R-trees
// (reports: SqlStore.QueryReports).
public sealed partial class GeoPackageStore
{
    public Page<HazardState> QueryHazards(HazardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlFilter();
        if (query.Bbox is { } box) where.AddBox("rtree_hazards_geom", box);
        if (query.Status is { } s) where.Add("status = {0}", Names.Of(s));
        if (query.Class is { } c) where.Add("class = {0}", Names.Of(c).ToUpperInvariant());
        if (query.OrganisationId is { } o) where.Add("organisation_id = {0}", o);
        if (query.Region is { } r) where.Add("region = {0}", r);
        using var releases = ReleasesCommand();
        return PageOf(HazardColumns, "hazards", where, "hazard_id", query.Limit, query.Offset, row => ReadHazard((SqliteDataReader)row, releases));
    }

    public Page<FindRecord> QueryFinds(FindQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlFilter();
        if (query.Bbox is { } box) where.AddBox("rtree_finds_geom", box);
        if (query.Category is { } c) where.Add("category = {0}", Names.Of(c));
        if (query.From is { } from) where.Add("date >= {0}", IsoTime.Date(from));
        if (query.To is { } to) where.Add("date <= {0}", IsoTime.Date(to));
        return PageOf(FindColumns, "finds", where, "report_id, idx", query.Limit, query.Offset, row => ReadFind((SqliteDataReader)row));
    }
}
