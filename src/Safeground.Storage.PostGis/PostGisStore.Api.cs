using Npgsql;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis;

// Filtered, paged lists for the API: one WHERE built from the query, counted, and paged in the order of an index
// (reports: SqlStore.QueryReports).
public sealed partial class PostGisStore
{
    public Page<HazardState> QueryHazards(HazardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Bbox is { } box) f.AddBox("h.geom", box);
        if (query.Status is { } s) f.Add("h.status = {0}", StoredNames.Of(s));
        if (query.Class is { } c) f.Add("h.class = {0}", StoredNames.Of(c).ToUpperInvariant());
        if (query.OrganisationId is { } o) f.Add("h.organisation_id = {0}", o);
        if (query.Region is { } r) f.Add("h.region = {0}", r);
        return PageOf(HazardColumns, "hazards h", f, "h.hazard_id", query.Limit, query.Offset, r => ReadHazard((NpgsqlDataReader)r));
    }

    public Page<FindRecord> QueryFinds(FindQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Bbox is { } box) f.AddBox("geom", box);
        if (query.Category is { } c) f.Add("category = {0}", StoredNames.Of(c));
        if (query.From is { } from) f.Add("date >= {0}", from);
        if (query.To is { } to) f.Add("date <= {0}", to);
        return PageOf(FindColumns, "finds", f, "report_id, idx", query.Limit, query.Offset, r => ReadFind((NpgsqlDataReader)r));
    }
}
