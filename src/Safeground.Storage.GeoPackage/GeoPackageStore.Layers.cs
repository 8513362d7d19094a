using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Feature layers a page at a time (OGC API – Features): the bbox goes through the layer's R-tree,
// the page is LIMIT/OFFSET in fid order (the primary key, so no sort), the count is one indexed COUNT.
public sealed partial class GeoPackageStore
{
    private const string ReleasePageColumns =
        "SELECT geom, hazard_id, report_id, method, date, area_m2, claimed_m2, seq FROM released_areas";

    private const string FindPageColumns =
        "SELECT geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, condition, " +
        "depth_cm, disposal FROM finds";

    private const string AccidentPageColumns =
        "SELECT accidents.report_id, accidents.hazard_id, accidents.organisation_id, accidents.region, accidents.date, reports.payload " +
        "FROM accidents JOIN reports ON reports.id = accidents.report_id";

    public LayerPage<HazardState> HazardPage(LayerQuery query)
    {
        var filter = Filter("hazards", "created_on", "last_report_on", query, id => ("hazards.hazard_id = $", [id]));
        return new(Count("hazards", filter), HazardFeatures(filter, query));
    }

    public LayerPage<ReleaseEvent> ReleasePage(LayerQuery query)
    {
        var filter = Filter("released_areas", "date", "date", query, id => SequencedId(id, "released_areas.hazard_id", "released_areas.seq"));
        return new(Count("released_areas", filter), Stream(
            ReleasePageColumns + filter.Where + PageClause("released_areas", query, filter),
            r => new LayerFeature<ReleaseEvent>(r.GetString(1) + "." + r.GetInt32(7).ToString(CultureInfo.InvariantCulture),
                new ReleaseEvent(r.GetString(1), r.GetString(2), Names.Parse<ReleaseMethod>(r.GetString(3)),
                    IsoTime.ParseDate(r.GetString(4)), GpkgBlob.ReadPolygonal(Blob(r, 0)), r.GetDouble(5), r.GetDouble(6))),
            [.. filter.Args]));
    }

    public LayerPage<FindRecord> FindPage(LayerQuery query)
    {
        var filter = Filter("finds", "date", "date", query, id => SequencedId(id, "finds.report_id", "finds.idx"));
        return new(Count("finds", filter), Stream(
            FindPageColumns + filter.Where + PageClause("finds", query, filter),
            r => new LayerFeature<FindRecord>(r.GetString(1) + "." + r.GetInt32(2).ToString(CultureInfo.InvariantCulture), ReadFind(r)),
            [.. filter.Args]));
    }

    public LayerPage<AccidentRecord> AccidentPage(LayerQuery query)
    {
        var filter = Filter("accidents", "date", "date", query, id => ("accidents.report_id = $", [id]));
        return new(Count("accidents", filter), Stream(
            AccidentPageColumns + filter.Where + PageClause("accidents", query, filter),
            r => new LayerFeature<AccidentRecord>(r.GetString(0), ReadAccident(r)),
            [.. filter.Args]));
    }

    public LayerPage<Core.RiskEducation.RiskEducationRecord> RiskEducationPage(LayerQuery query)
    {
        var filter = Filter("eore_sessions", "date", "date", query, id => ("eore_sessions.report_id = $", [id]));
        return new(Count("eore_sessions", filter), Stream(
            RiskEducationColumns + filter.Where + PageClause("eore_sessions", query, filter),
            r => new LayerFeature<Core.RiskEducation.RiskEducationRecord>(r.GetString(0), ReadRiskEducation(r)),
            [.. filter.Args]));
    }

    public LayerPage<Core.Casualties.IncidentRecord> IncidentPage(LayerQuery query)
    {
        var filter = Filter("incidents", "occurred_on", "occurred_on", query, id => ("incidents.report_id = $", [id]));
        return new(Count("incidents", filter), Stream(
            IncidentColumns + filter.Where + PageClause("incidents", query, filter),
            r => new LayerFeature<Core.Casualties.IncidentRecord>(r.GetString(0), ReadIncident(r)),
            [.. filter.Args]));
    }

    public LayerExtent Extent(FeatureLayer layer)
    {
        var (table, first, last) = layer switch
        {
            FeatureLayer.Hazards => ("hazards", "created_on", "last_report_on"),
            FeatureLayer.Released => ("released_areas", "date", "date"),
            FeatureLayer.Finds => ("finds", "date", "date"),
            FeatureLayer.Accidents => ("accidents", "date", "date"),
            FeatureLayer.RiskEducation => ("eore_sessions", "date", "date"),
            FeatureLayer.Incidents => ("incidents", "occurred_on", "occurred_on"),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };
        var dates = List($"SELECT min({first}), max({last}) FROM {table}", r => (Text(r, 0), Text(r, 1))).Single();
        return new LayerExtent(RootExtent(table),
            dates.Item1 is { } a ? IsoTime.ParseDate(a) : null,
            dates.Item2 is { } b ? IsoTime.ParseDate(b) : null);
    }

    // The R-tree's root node holds the boxes of its children: their union is the layer's extent, read
    // in constant time instead of scanning 1.7 million finds. The node is SQLite's documented format
    // (big-endian: depth, cell count, then per cell a 64-bit id and minx, maxx, miny, maxy as 32-bit
    // floats rounded outwards), so the extent covers every feature. rtreenode() would print 6 digits only.
    private Envelope? RootExtent(string table)
    {
        var node = List($"SELECT data FROM rtree_{table}_geom_node WHERE nodeno = 1", r => Blob(r, 0)).SingleOrDefault();
        if (node is null || node.Length < 4) return null;
        int cells = BinaryPrimitives.ReadUInt16BigEndian(node.AsSpan(2));
        var extent = new Envelope();
        for (int i = 0; i < cells && 4 + (i + 1) * 24 <= node.Length; i++)
        {
            int at = 4 + i * 24 + 8;
            double F(int k) => BinaryPrimitives.ReadSingleBigEndian(node.AsSpan(at + 4 * k));
            extent.ExpandToInclude(new Envelope(F(0), F(1), F(2), F(3)));
        }
        return extent.IsNull ? null : extent;
    }

    private IEnumerable<LayerFeature<HazardState>> HazardFeatures(LayerFilter filter, LayerQuery query)
    {
        using var releases = ReleasesCommand();
        foreach (var h in Stream(HazardColumns + filter.Where + PageClause("hazards", query, filter),
                     r => new LayerFeature<HazardState>(r.GetString(1), ReadHazard(r, releases)), [.. filter.Args]))
        {
            yield return h;
        }
    }

    private long Count(string table, LayerFilter filter) =>
        List($"SELECT COUNT(*) FROM {table}" + filter.Where, r => r.GetInt64(0), [.. filter.Args]).Single();

    private static string PageClause(string table, LayerQuery query, LayerFilter filter)
    {
        int n = filter.Args.Count;
        filter.Args.Add(query.Limit);
        filter.Args.Add(query.Offset);
        return $" ORDER BY {table}.fid LIMIT ${n + 1} OFFSET ${n + 2}";
    }

    /// <summary>The WHERE clause and its arguments ($1, $2… in order) for a query on one layer.</summary>
    private static LayerFilter Filter(string table, string firstDate, string lastDate, LayerQuery query,
        Func<string, (string Sql, object[] Args)> byId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var args = new List<object?>();
        void Add(string sql, params object[] values)
        {
            // Each '$' in the condition takes the next argument's number.
            var parts = sql.Split('$');
            var text = parts[0];
            for (int i = 1; i < parts.Length; i++)
            {
                args.Add(values[i - 1]);
                text += "$" + args.Count.ToString(CultureInfo.InvariantCulture) + parts[i];
            }
            conditions.Add(text);
        }
        if (query.Area is { IsNull: false } a)
        {
            Add($"{table}.fid IN (SELECT id FROM rtree_{table}_geom WHERE maxx >= $ AND minx <= $ AND maxy >= $ AND miny <= $)",
                a.MinX, a.MaxX, a.MinY, a.MaxY);
        }
        if (query.From is { } from) Add($"{table}.{lastDate} >= $", IsoTime.Date(from));
        if (query.To is { } to) Add($"{table}.{firstDate} <= $", IsoTime.Date(to));
        if (query.FeatureId is { } id)
        {
            var (sql, values) = byId(id);
            Add(sql, values);
        }
        return new LayerFilter(conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions), args);
    }

    /// <summary>An id "parent.number" (release: hazard id and sequence; find: report id and index); anything else matches nothing.</summary>
    private static (string Sql, object[] Args) SequencedId(string id, string parentColumn, string numberColumn)
    {
        int dot = id.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(id.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number)) return ("0 = 1", []);
        return ($"{parentColumn} = $ AND {numberColumn} = $", [id[..dot], number]);
    }

    private sealed record LayerFilter(string Where, List<object?> Args);
}
