using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

// Filtered, paged lists for the API: one WHERE built from the query, counted, and paged in the order of an index.
public sealed partial class PostGisStore
{
    public Page<ReportRecord> QueryReports(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Status is { } s) f.Add("status = {0}", StoredNames.Of(s));
        if (query.OrganisationId is { } o) f.Add("organisation_id = {0}", o);
        if (query.HazardId is { } h) f.Add("(hazard_id = {0} OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = {0}))", h);
        if (query.From is { } from) f.Add("date_of_information >= {0}", from);
        if (query.To is { } to) f.Add("date_of_information <= {0}", to);
        return PageOf(ReportColumns, "reports", f, "date_of_information, submitted_at, id", query.Limit, query.Offset, ReadReport);
    }

    public Page<HazardState> QueryHazards(HazardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Bbox is { } box) f.AddBox("h.geom", box);
        if (query.Status is { } s) f.Add("h.status = {0}", StoredNames.Of(s));
        if (query.Class is { } c) f.Add("h.class = {0}", StoredNames.Of(c).ToUpperInvariant());
        if (query.OrganisationId is { } o) f.Add("h.organisation_id = {0}", o);
        if (query.Region is { } r) f.Add("h.region = {0}", r);
        return PageOf(HazardColumns, "hazards h", f, "h.hazard_id", query.Limit, query.Offset, ReadHazard);
    }

    public Page<FindRecord> QueryFinds(FindQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Bbox is { } box) f.AddBox("geom", box);
        if (query.Category is { } c) f.Add("category = {0}", StoredNames.Of(c));
        if (query.From is { } from) f.Add("date >= {0}", from);
        if (query.To is { } to) f.Add("date <= {0}", to);
        return PageOf(FindColumns, "finds", f, "report_id, idx", query.Limit, query.Offset, ReadFind);
    }

    private Page<T> PageOf<T>(string columns, string table, SqlFilter f, string order, int limit, int offset, Func<Npgsql.NpgsqlDataReader, T> map)
    {
        long total = List($"SELECT count(*) FROM {table}{f.Where}", r => r.GetInt64(0), [.. f.Args])[0];
        var where = f.Where;
        var page = f.Page(order, limit, offset);
        return new Page<T>(List(columns + where + page, map, [.. f.Args]), total);
    }
}
