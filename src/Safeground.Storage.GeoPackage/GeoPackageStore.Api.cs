using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Filtered, paged lists for the API: one WHERE built from the query, counted and paged with LIMIT/OFFSET
// in the order of an index (replay order, hazard id, report id + index), bounding boxes through the R-trees.
public sealed partial class GeoPackageStore
{
    public Page<ReportRecord> QueryReports(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        if (query.Status is { } s) where.Add("status = {0}", Names.Of(s));
        if (query.OrganisationId is { } o) where.Add("organisation_id = {0}", o);
        if (query.HazardId is { } h) where.Add("(hazard_id = {0} OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = {0}))", h);
        if (query.From is { } from) where.Add("date_of_information >= {0}", IsoTime.Date(from));
        if (query.To is { } to) where.Add("date_of_information <= {0}", IsoTime.Date(to));
        return PageOf(ReportColumns, "reports", where, ReplayOrderSql, query.Limit, query.Offset, ReadReport);
    }

    public Page<HazardState> QueryHazards(HazardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        if (query.Bbox is { } box) where.AddBox("rtree_hazards_geom", box);
        if (query.Status is { } s) where.Add("status = {0}", Names.Of(s));
        if (query.Class is { } c) where.Add("class = {0}", Names.Of(c).ToUpperInvariant());
        if (query.OrganisationId is { } o) where.Add("organisation_id = {0}", o);
        if (query.Region is { } r) where.Add("region = {0}", r);
        using var releases = ReleasesCommand();
        return PageOf(HazardColumns, "hazards", where, " ORDER BY hazard_id", query.Limit, query.Offset, row => ReadHazard(row, releases));
    }

    public Page<FindRecord> QueryFinds(FindQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        if (query.Bbox is { } box) where.AddBox("rtree_finds_geom", box);
        if (query.Category is { } c) where.Add("category = {0}", Names.Of(c));
        if (query.From is { } from) where.Add("date >= {0}", IsoTime.Date(from));
        if (query.To is { } to) where.Add("date <= {0}", IsoTime.Date(to));
        return PageOf(FindColumns, "finds", where, " ORDER BY report_id, idx", query.Limit, query.Offset, ReadFind);
    }

    private Page<T> PageOf<T>(string columns, string table, Where where, string order, int limit, int offset, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map)
    {
        long total = Stream($"SELECT count(*) FROM {table}{where.Sql}", r => r.GetInt64(0), [.. where.Args]).First();
        var args = where.Args.Append(Math.Max(0, limit)).Append(Math.Max(0, offset)).ToArray();
        int n = where.Args.Count;
        var sql = string.Create(CultureInfo.InvariantCulture, $"{columns}{where.Sql}{order} LIMIT ${n + 1} OFFSET ${n + 2}");
        return new Page<T>(List(sql, map, args), total);
    }

    /// <summary>A WHERE clause and its numbered parameters; "{0}" in a condition is its parameter.</summary>
    private sealed class Where
    {
        private readonly List<string> _conditions = [];

        public List<object?> Args { get; } = [];

        public string Sql => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

        public void Add(string condition, object value)
        {
            Args.Add(value);
            _conditions.Add(string.Format(CultureInfo.InvariantCulture, condition, "$" + Args.Count.ToString(CultureInfo.InvariantCulture)));
        }

        public void AddBox(string rtree, Envelope box)
        {
            int n = Args.Count;
            Args.AddRange([box.MinX, box.MaxX, box.MinY, box.MaxY]);
            _conditions.Add(string.Create(CultureInfo.InvariantCulture,
                $"fid IN (SELECT id FROM {rtree} WHERE maxx >= ${n + 1} AND minx <= ${n + 2} AND maxy >= ${n + 3} AND miny <= ${n + 4})"));
        }
    }
}
