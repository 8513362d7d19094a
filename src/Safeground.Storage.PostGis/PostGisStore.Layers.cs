using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis;

// Feature layers a page at a time (OGC API – Features): the bbox through the layer's GiST index, the
// page LIMIT/OFFSET in fid order (the primary key), the count one COUNT with the same filter.
public sealed partial class PostGisStore
{
    private const string ReleasePageColumns =
        "SELECT geom, hazard_id, report_id, method, date, area_m2, claimed_m2, seq FROM released_areas";

    public LayerPage<HazardState> HazardPage(LayerQuery query)
    {
        var f = Filter("h", "created_on", "last_report_on", query, (f, id) => f.Add("h.hazard_id = {0}", id));
        long count = Count("hazards h", f);
        var where = f.Where;
        return new(count, Stream(HazardColumns + where + f.Page("h.fid", query.Limit, query.Offset),
            r => new LayerFeature<HazardState>(r.GetString(1), ReadHazard(r)), [.. f.Args]));
    }

    public LayerPage<ReleaseEvent> ReleasePage(LayerQuery query)
    {
        var f = Filter("released_areas", "date", "date", query, (f, id) => SequencedId(f, id, "released_areas.hazard_id", "released_areas.seq"));
        long count = Count("released_areas", f);
        var where = f.Where;
        return new(count, Stream(ReleasePageColumns + where + f.Page("released_areas.fid", query.Limit, query.Offset),
            r => new LayerFeature<ReleaseEvent>(r.GetString(1) + "." + r.GetInt32(7).ToString(CultureInfo.InvariantCulture),
                new ReleaseEvent(r.GetString(1), r.GetString(2), StoredNames.Parse<ReleaseMethod>(r.GetString(3)), Date(r, 4),
                    Polygonal(r, 0), r.GetDouble(5), r.GetDouble(6))),
            [.. f.Args]));
    }

    public LayerPage<FindRecord> FindPage(LayerQuery query)
    {
        var f = Filter("finds", "date", "date", query, (f, id) => SequencedId(f, id, "finds.report_id", "finds.idx"));
        long count = Count("finds", f);
        var where = f.Where;
        return new(count, Stream(FindColumns + where + f.Page("finds.fid", query.Limit, query.Offset),
            r => new LayerFeature<FindRecord>(r.GetString(1) + "." + r.GetInt32(2).ToString(CultureInfo.InvariantCulture), ReadFind(r)),
            [.. f.Args]));
    }

    public LayerPage<AccidentRecord> AccidentPage(LayerQuery query)
    {
        var f = Filter("accidents", "date", "date", query, (f, id) => f.Add("accidents.report_id = {0}", id));
        long count = Count("accidents", f);
        var where = f.Where;
        return new(count, Stream(AccidentColumns + where + f.Page("accidents.fid", query.Limit, query.Offset),
            r => new LayerFeature<AccidentRecord>(r.GetString(0), ReadAccident(r)), [.. f.Args]));
    }

    public LayerPage<Core.RiskEducation.RiskEducationRecord> RiskEducationPage(LayerQuery query)
    {
        var f = Filter("eore_sessions", "date", "date", query, (f, id) => f.Add("eore_sessions.report_id = {0}", id));
        long count = Count("eore_sessions", f);
        return new(count, Stream(RiskEducationColumns + f.Where + f.Page("eore_sessions.fid", query.Limit, query.Offset),
            r => new LayerFeature<Core.RiskEducation.RiskEducationRecord>(r.GetString(0), ReadRiskEducation(r)), [.. f.Args]));
    }

    /// <summary>The layer's extent: ST_Extent over the index's column (exact; a scan of the geometries, not of whole rows).</summary>
    public LayerPage<Core.Casualties.IncidentRecord> IncidentPage(LayerQuery query)
    {
        var f = Filter("incidents", "occurred_on", "occurred_on", query, (f, id) => f.Add("incidents.report_id = {0}", id));
        long count = Count("incidents", f);
        return new(count, Stream(IncidentColumns + f.Where + f.Page("incidents.fid", query.Limit, query.Offset),
            r => new LayerFeature<Core.Casualties.IncidentRecord>(r.GetString(0), ReadIncident(r)), [.. f.Args]));
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
        return List($"SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), d1, d2 FROM (SELECT ST_Extent(geom) e, min({first}) d1, max({last}) d2 FROM {table}) x",
            r => new LayerExtent(
                r.IsDBNull(0) ? null : new Envelope(r.GetDouble(0), r.GetDouble(2), r.GetDouble(1), r.GetDouble(3)),
                DateOrNull(r, 4), DateOrNull(r, 5))).Single();
    }

    private long Count(string table, SqlFilter f) => List($"SELECT count(*) FROM {table}{f.Where}", r => r.GetInt64(0), [.. f.Args])[0];

    /// <summary>The filter of a layer query on <paramref name="table"/> (or its alias).</summary>
    private static SqlFilter Filter(string table, string firstDate, string lastDate, LayerQuery query, Action<SqlFilter, string> byId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Area is { IsNull: false } a) f.AddBox($"{table}.geom", a);
        if (query.From is { } from) f.Add($"{table}.{lastDate} >= {{0}}", from);
        if (query.To is { } to) f.Add($"{table}.{firstDate} <= {{0}}", to);
        if (query.FeatureId is { } id) byId(f, id);
        return f;
    }

    /// <summary>An id "parent.number" (release: hazard id and sequence; find: report id and index); anything else matches nothing.</summary>
    private static void SequencedId(SqlFilter f, string id, string parentColumn, string numberColumn)
    {
        int dot = id.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(id.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number)) f.Add("false");
        else f.Add($"{parentColumn} = {{0}} AND {numberColumn} = {{1}}", id[..dot], number);
    }
}
