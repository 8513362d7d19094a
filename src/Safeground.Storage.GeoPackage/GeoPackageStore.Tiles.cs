using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Map tiles: only the columns a tile shows, through each layer's R-tree, no payloads, no release ledgers.
public sealed partial class GeoPackageStore
{
    private const string InBox = " WHERE fid IN (SELECT id FROM rtree_{0}_geom WHERE maxx >= $1 AND minx <= $2 AND maxy >= $3 AND miny <= $4)";

    public IEnumerable<MapFeature> MapFeatures(FeatureLayer layer, Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        object[] box = [area.MinX, area.MaxX, area.MinY, area.MaxY];
        return layer switch
        {
            FeatureLayer.Hazards => Stream("SELECT geom, hazard_id, class, status, remaining_m2 FROM hazards" + InBoxOf("hazards"),
                r => MapAttributes.Hazard(GpkgBlob.ReadPolygonal(Blob(r, 0)), r.GetString(1),
                    Names.Parse<HazardClass>(r.GetString(2).ToLowerInvariant()), Names.Parse<HazardStatus>(r.GetString(3)), r.GetDouble(4)), box),
            FeatureLayer.Released => Stream("SELECT geom, hazard_id, report_id, method, date, area_m2 FROM released_areas" + InBoxOf("released_areas"),
                r => MapAttributes.Release(GpkgBlob.ReadPolygonal(Blob(r, 0)), r.GetString(1), r.GetString(2),
                    Names.Parse<ReleaseMethod>(r.GetString(3)), IsoTime.ParseDate(r.GetString(4)), r.GetDouble(5)), box),
            FeatureLayer.Finds => Stream("SELECT geom, report_id, idx, category, model, quantity, date FROM finds" + InBoxOf("finds"),
                r => MapAttributes.Find(GpkgBlob.ReadPoint((byte[])r.GetValue(0)), r.GetString(1), r.GetInt32(2),
                    Names.Parse<EoCategory>(r.GetString(3)), Text(r, 4), r.GetInt32(5), IsoTime.ParseDate(r.GetString(6))), box),
            FeatureLayer.Accidents => Stream("SELECT geom, report_id, date, is_demining, killed, injured FROM accidents" + InBoxOf("accidents"),
                r => MapAttributes.Accident(GpkgBlob.ReadPoint((byte[])r.GetValue(0)), r.GetString(1), IsoTime.ParseDate(r.GetString(2)),
                    r.GetBoolean(3), r.GetInt32(4), r.GetInt32(5)), box),
            FeatureLayer.RiskEducation => Stream("SELECT geom, report_id, date, method, beneficiaries FROM eore_sessions" + InBoxOf("eore_sessions"),
                r => MapAttributes.RiskEducation(GpkgBlob.ReadPoint((byte[])r.GetValue(0)), r.GetString(1), IsoTime.ParseDate(r.GetString(2)),
                    Names.Parse<Core.RiskEducation.EoreMethod>(r.GetString(3)), r.GetInt32(4)), box),
            FeatureLayer.Incidents => Stream("SELECT geom, report_id, occurred_on, activity, killed, injured, children FROM incidents" + InBoxOf("incidents"),
                r => MapAttributes.Incident(GpkgBlob.ReadPoint((byte[])r.GetValue(0)), r.GetString(1), IsoTime.ParseDate(r.GetString(2)),
                    Names.Parse<Core.Casualties.CasualtyActivity>(r.GetString(3)), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)), box),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };
    }

    public IEnumerable<FindPoint> FindPoints(Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        // The category as a small integer from SQL would save a lookup; the word lookup is a frozen dictionary, cheap enough.
        return Stream("SELECT geom, category FROM finds" + InBoxOf("finds"), r =>
        {
            var blob = (byte[])r.GetValue(0);
            var (x, y) = PointOf(blob);
            return new FindPoint(x, y, Names.Parse<EoCategory>(r.GetString(1)));
        }, area.MinX, area.MaxX, area.MinY, area.MaxY);
    }

    /// <summary>
    /// Every lifecycle event appends a row to report_events (an approval among them) and every projection
    /// rebuild draws new AUTOINCREMENT ids: the two together change with any write a map can see, whichever
    /// process commits it. Two indexed lookups.
    /// </summary>
    public string Revision()
    {
        var (events, sequences) = List("SELECT (SELECT coalesce(max(fid), 0) FROM report_events), (SELECT coalesce(sum(seq), 0) FROM sqlite_sequence)",
            r => (r.GetInt64(0), r.GetInt64(1))).Single();
        return string.Create(CultureInfo.InvariantCulture, $"{events}.{sequences}");
    }

    private static string InBoxOf(string table) => string.Format(CultureInfo.InvariantCulture, InBox, table);

    // A point blob read without building a geometry: the envelope when the header has one, else the WKB point.
    private static (double X, double Y) PointOf(byte[] blob)
    {
        if (GpkgBlob.TryEnvelope(blob, out var e) && e.MinX == e.MaxX && e.MinY == e.MaxY) return (e.MinX, e.MinY);
        var p = (Point)GpkgBlob.Read(blob);
        return (p.X, p.Y);
    }
}
