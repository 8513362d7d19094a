using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

// Hazard projections with their released areas, read in one statement: the releases of each hazard come
// as arrays from a lateral subquery, so a stream of 110,000 hazards is one query, not one per hazard.
public sealed partial class PostGisStore
{
    private const string HazardColumns =
        "SELECT h.geom, h.hazard_id, h.name, h.region, h.organisation_id, h.class, h.status, h.original_m2, h.cancelled_m2, h.reduced_m2, " +
        "h.cleared_m2, h.remaining_m2, h.find_count, h.accident_count, h.clearance_depth_cm, h.created_on, h.last_report_on, " +
        "h.last_report_id, h.report_count, h.evidence::text, h.suspected_categories, h.perimeter, h.flags::text, h.defined, h.handed_over_to, " +
        "h.handed_over_on, r.geoms, r.report_ids, r.methods, r.dates, r.areas, r.claimed, h.contamination_type FROM hazards h " +
        "LEFT JOIN LATERAL (SELECT array_agg(ST_AsBinary(geom) ORDER BY seq) geoms, array_agg(report_id ORDER BY seq) report_ids, " +
        "array_agg(method ORDER BY seq) methods, array_agg(date ORDER BY seq) dates, array_agg(area_m2 ORDER BY seq) areas, " +
        "array_agg(claimed_m2 ORDER BY seq) claimed FROM released_areas ra WHERE ra.hazard_id = h.hazard_id) r ON true";


    public HazardState? FindHazard(string hazardId) =>
        Stream(HazardColumns + " WHERE h.hazard_id = $1", ReadHazard, hazardId).FirstOrDefault();

    public IEnumerable<HazardState> HazardsIntersecting(Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return Stream(HazardColumns + " WHERE h.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326) ORDER BY h.hazard_id", ReadHazard,
            area.MinX, area.MinY, area.MaxX, area.MaxY);
    }

    public IEnumerable<HazardState> Hazards() => Stream(HazardColumns + " ORDER BY h.hazard_id", ReadHazard);

    private static HazardState ReadHazard(NpgsqlDataReader r)
    {
        string id = r.GetString(1);
        var categories = Text(r, 20) is { } c ? c.Split(',').Select(StoredNames.Parse<EoCategory>).ToList() : [];
        return new HazardState(
            id, Text(r, 2), Text(r, 3), r.GetString(4),
            StoredNames.Parse<HazardClass>(r.GetString(5).ToLowerInvariant()), StoredNames.Parse<HazardStatus>(r.GetString(6)),
            Geometry(r, 21) ?? Core.Spatial.Geo.Empty,
            Polygonal(r, 0),
            r.GetDouble(7), r.GetDouble(8), r.GetDouble(9), r.GetDouble(10), r.GetDouble(11),
            JsonSerializer.Deserialize<List<Evidence>>(r.GetString(19), ReportJson.Options) ?? [],
            categories,
            ReadReleases(r, id),
            r.GetInt32(12), r.GetInt32(13), Int(r, 14),
            Date(r, 15), Date(r, 16), r.GetString(17), r.GetInt32(18),
            Text(r, 22) is { } flags ? JsonSerializer.Deserialize<List<RuleFlag>>(flags, ReportJson.Options) : null,
            Geometry(r, 23),
            Text(r, 24),
            DateOrNull(r, 25),
            StoredNames.ParseOrNull<ContaminationType>(Text(r, 32)));
    }

    private static readonly NetTopologySuite.IO.WKBReader Wkb = new(Core.Spatial.Geo.Factory.GeometryServices);

    private static List<ReleaseEvent> ReadReleases(NpgsqlDataReader r, string hazardId)
    {
        var list = new List<ReleaseEvent>();
        if (r.IsDBNull(26)) return list;
        var geoms = r.GetFieldValue<byte[][]>(26);
        var reports = r.GetFieldValue<string[]>(27);
        var methods = r.GetFieldValue<string[]>(28);
        var dates = r.GetFieldValue<DateOnly[]>(29);
        var areas = r.GetFieldValue<double[]>(30);
        var claimed = r.GetFieldValue<double[]>(31);
        for (int i = 0; i < geoms.Length; i++)
        {
            var area = Single(Wkb.Read(geoms[i]));
            list.Add(new ReleaseEvent(hazardId, reports[i], StoredNames.Parse<ReleaseMethod>(methods[i]), dates[i], area, areas[i], claimed[i]));
        }
        return list;
    }
}
