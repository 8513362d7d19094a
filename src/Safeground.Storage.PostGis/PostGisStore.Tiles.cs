using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

// Map tiles: only the columns a tile shows, through each layer's GiST index, no payloads, no release ledgers.
public sealed partial class PostGisStore
{
    private const string InBox = " WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)";

    public IEnumerable<MapFeature> MapFeatures(FeatureLayer layer, Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        object[] box = [area.MinX, area.MinY, area.MaxX, area.MaxY];
        return layer switch
        {
            FeatureLayer.Hazards => Stream("SELECT geom, hazard_id, class, status, remaining_m2 FROM hazards" + InBox,
                r => MapAttributes.Hazard(Polygonal(r, 0), r.GetString(1),
                    StoredNames.Parse<HazardClass>(r.GetString(2).ToLowerInvariant()), StoredNames.Parse<HazardStatus>(r.GetString(3)), r.GetDouble(4)), box),
            FeatureLayer.Released => Stream("SELECT geom, hazard_id, report_id, method, date, area_m2 FROM released_areas" + InBox,
                r => MapAttributes.Release(Polygonal(r, 0), r.GetString(1), r.GetString(2),
                    StoredNames.Parse<ReleaseMethod>(r.GetString(3)), Date(r, 4), r.GetDouble(5)), box),
            FeatureLayer.Finds => Stream("SELECT geom, report_id, idx, category, model, quantity, date FROM finds" + InBox,
                r => MapAttributes.Find(r.GetFieldValue<Point>(0), r.GetString(1), r.GetInt32(2),
                    StoredNames.Parse<EoCategory>(r.GetString(3)), Text(r, 4), r.GetInt32(5), Date(r, 6)), box),
            FeatureLayer.Accidents => Stream("SELECT geom, report_id, date, is_demining, killed, injured FROM accidents" + InBox,
                r => MapAttributes.Accident(r.GetFieldValue<Point>(0), r.GetString(1), Date(r, 2),
                    r.GetBoolean(3), r.GetInt32(4), r.GetInt32(5)), box),
            FeatureLayer.RiskEducation => Stream("SELECT geom, report_id, date, method, beneficiaries FROM eore_sessions" + InBox,
                r => MapAttributes.RiskEducation(r.GetFieldValue<Point>(0), r.GetString(1), Date(r, 2),
                    StoredNames.Parse<Core.RiskEducation.EoreMethod>(r.GetString(3)), r.GetInt32(4)), box),
            FeatureLayer.Incidents => Stream("SELECT geom, report_id, occurred_on, activity, killed, injured, children FROM incidents" + InBox,
                r => MapAttributes.Incident(r.GetFieldValue<Point>(0), r.GetString(1), Date(r, 2),
                    StoredNames.Parse<Core.Casualties.CasualtyActivity>(r.GetString(3)), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)), box),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };
    }

    public IEnumerable<FindPoint> FindPoints(Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        // Coordinates as two doubles: no geometry is built for the million points of a low-zoom tile.
        return Stream("SELECT ST_X(geom), ST_Y(geom), category FROM finds" + InBox,
            r => new FindPoint(r.GetDouble(0), r.GetDouble(1), StoredNames.Parse<EoCategory>(r.GetString(2))),
            area.MinX, area.MinY, area.MaxX, area.MaxY);
    }

    /// <summary>
    /// Every lifecycle event appends a row to report_events (an approval among them) and every projection
    /// write draws new identity values: the last event and the sequences' positions together change with any
    /// write a map can see, whichever process commits it. Sequences are not rolled back, so a rolled-back
    /// write may change the token too: a cache is then merely refreshed once more.
    /// </summary>
    public string Revision()
    {
        var (events, sequences) = List(
            "SELECT (SELECT coalesce(max(seq), 0) FROM report_events), " +
            "(SELECT coalesce(sum(last_value), 0) FROM pg_sequences WHERE schemaname = current_schema())::bigint",
            r => (r.GetInt64(0), r.GetInt64(1))).Single();
        return string.Create(CultureInfo.InvariantCulture, $"{events}.{sequences}");
    }
}
