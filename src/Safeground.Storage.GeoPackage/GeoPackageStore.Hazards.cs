using System.Text.Json;
using Microsoft.Data.Sqlite;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Hazard projections with their released areas.
public sealed partial class GeoPackageStore
{
    private const string HazardColumns =
        "SELECT geom, hazard_id, name, region, organisation_id, class, status, original_m2, cancelled_m2, reduced_m2, " +
        "cleared_m2, remaining_m2, find_count, accident_count, clearance_depth_cm, created_on, last_report_on, " +
        "last_report_id, report_count, evidence, suspected_categories, perimeter, flags, defined, handed_over_to, handed_over_on, contamination_type FROM hazards";

    private const string ReleaseColumns =
        "SELECT geom, hazard_id, report_id, method, date, area_m2, claimed_m2 FROM released_areas WHERE hazard_id = $1 ORDER BY seq";

    public HazardState? FindHazard(string hazardId)
    {
        using var releases = ReleasesCommand();
        return Stream(HazardColumns + " WHERE hazard_id = $1", r => ReadHazard(r, releases), hazardId).FirstOrDefault();
    }

    public IEnumerable<HazardState> HazardsIntersecting(NetTopologySuite.Geometries.Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        using var releases = ReleasesCommand();
        var sql = HazardColumns + " WHERE fid IN (SELECT id FROM rtree_hazards_geom WHERE maxx >= $1 AND minx <= $2 AND maxy >= $3 AND miny <= $4)" +
                  " ORDER BY hazard_id";
        foreach (var h in Stream(sql, r => ReadHazard(r, releases), area.MinX, area.MaxX, area.MinY, area.MaxY)) yield return h;
    }

    public IEnumerable<HazardState> Hazards()
    {
        // One prepared command for the released areas, reused for every hazard of the stream.
        using var releases = ReleasesCommand();
        foreach (var h in Stream(HazardColumns + " ORDER BY hazard_id", r => ReadHazard(r, releases))) yield return h;
    }

    private SqliteCommand ReleasesCommand()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var cmd = _reader.CreateCommand();
        cmd.CommandText = ReleaseColumns;
        cmd.Parameters.Add(new SqliteParameter("$1", ""));
        return cmd;
    }

    private static HazardState ReadHazard(SqliteDataReader r, SqliteCommand releases)
    {
        string id = r.GetString(1);
        var categories = Text(r, 20) is { } c
            ? c.Split(',').Select(Names.Parse<EoCategory>).ToList()
            : [];
        return new HazardState(
            id, Text(r, 2), Text(r, 3), r.GetString(4),
            Names.Parse<HazardClass>(r.GetString(5).ToLowerInvariant()), Names.Parse<HazardStatus>(r.GetString(6)),
            Blob(r, 21) is { } perimeter ? GpkgBlob.Read(perimeter) : Geo.Empty,
            GpkgBlob.ReadPolygonal(Blob(r, 0)),
            r.GetDouble(7), r.GetDouble(8), r.GetDouble(9), r.GetDouble(10), r.GetDouble(11),
            JsonSerializer.Deserialize<List<Evidence>>(r.GetString(19), ReportJson.Options) ?? [],
            categories,
            ReadReleases(releases, id),
            r.GetInt32(12), r.GetInt32(13), Int(r, 14),
            IsoTime.ParseDate(r.GetString(15)), IsoTime.ParseDate(r.GetString(16)), r.GetString(17), r.GetInt32(18),
            Text(r, 22) is { } flags ? JsonSerializer.Deserialize<List<RuleFlag>>(flags, ReportJson.Options) : null,
            Blob(r, 23) is { } defined ? GpkgBlob.Read(defined) : null,
            Text(r, 24),
            Text(r, 25) is { } on ? IsoTime.ParseDate(on) : null,
            Text(r, 26) is { } type ? Names.Parse<ContaminationType>(type) : null);
    }

    private static List<ReleaseEvent> ReadReleases(SqliteCommand cmd, string hazardId)
    {
        cmd.Parameters[0].Value = hazardId;
        var list = new List<ReleaseEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new ReleaseEvent(r.GetString(1), r.GetString(2), Names.Parse<ReleaseMethod>(r.GetString(3)),
                IsoTime.ParseDate(r.GetString(4)), GpkgBlob.ReadPolygonal(Blob(r, 0)), r.GetDouble(5), r.GetDouble(6)));
        }
        return list;
    }
}
