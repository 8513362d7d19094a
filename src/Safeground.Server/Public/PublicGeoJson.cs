using System.Text.Json;
using Safeground.Core.Publication;
using Safeground.Core.Status;
using Safeground.Formats.Export;

namespace Safeground.Server.Public;

/// <summary>
/// The public site's data files: remaining hazardous land, released land and the find grid as GeoJSON, and the
/// statistics (the same figures as the tables, in m², invariant) as JSON. Codes, not words: a reuser translates them.
/// </summary>
internal static class PublicGeoJson
{
    public static byte[] Hazards(IReadOnlyList<PublicHazard> hazards) => Collection(hazards, (json, h) =>
    {
        json.WriteString("status"u8, Code(h.Status));
        json.WriteString("class"u8, Code(h.Class));
        json.WriteNumber("remainingM2"u8, Math.Round(h.RemainingM2, 1));
        Region(json, h.Region);
        return h.Shape;
    });

    public static byte[] Releases(IReadOnlyList<PublicRelease> releases) => Collection(releases, (json, r) =>
    {
        json.WriteString("method"u8, Code(r.Method));
        json.WriteNumber("year"u8, r.Year);
        json.WriteNumber("areaM2"u8, Math.Round(r.AreaM2, 1));
        Region(json, r.Region);
        return r.Shape;
    });

    public static byte[] FindCells(IReadOnlyList<FindCell> cells) => Collection(cells, (json, c) =>
    {
        json.WriteNumber("finds"u8, c.Finds);
        json.WriteNumber("items"u8, c.Items);
        json.WriteNumber("cellDegrees"u8, FindGrid.CellDegrees);
        double w = c.West, s = c.South, e = Math.Round(w + FindGrid.CellDegrees, 1), n = Math.Round(s + FindGrid.CellDegrees, 1);
        return Core.Spatial.Geo.Factory.CreatePolygon([new(w, s), new(e, s), new(e, n), new(w, n), new(w, s)]);
    });

    public static byte[] Statistics(PublicFigures figures)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("asOf"u8, figures.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("findCellDegrees"u8, FindGrid.CellDegrees);
            json.WriteNumber("findCellMinimum"u8, FindGrid.MinimumFinds);
            json.WriteNumber("findsWithheldFromMap"u8, figures.FindsWithheld);
            json.WritePropertyName("total"u8);
            Line(json, figures.Total);
            Lines(json, "byRegion", figures.ByRegion);
            Lines(json, "byYear", figures.ByYear);
            Lines(json, "byType", figures.ByType);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Lines(Utf8JsonWriter json, string name, IReadOnlyList<StatusLine> lines)
    {
        json.WriteStartArray(name);
        foreach (var l in lines) Line(json, l);
        json.WriteEndArray();
    }

    private static void Line(Utf8JsonWriter json, StatusLine l)
    {
        json.WriteStartObject();
        json.WriteString("key"u8, l.Key);
        json.WriteNumber("hazards"u8, l.Hazards);
        json.WriteNumber("originalM2"u8, l.OriginalM2);
        json.WriteNumber("cancelledM2"u8, l.CancelledM2);
        json.WriteNumber("reducedM2"u8, l.ReducedM2);
        json.WriteNumber("clearedM2"u8, l.ClearedM2);
        json.WriteNumber("remainingM2"u8, l.RemainingM2);
        json.WriteNumber("remainingLandM2"u8, l.RemainingLandM2);
        json.WriteNumber("items"u8, l.Finds);
        json.WriteNumber("accidents"u8, l.Accidents);
        json.WriteNumber("killed"u8, l.Killed);
        json.WriteNumber("injured"u8, l.Injured);
        json.WriteNumber("reopenedM2"u8, l.ReopenedM2);
        // Civilian incidents and risk education as counts only: never a place, a date or a person.
        json.WriteNumber("civilianIncidents"u8, l.Civilians.Incidents);
        json.WriteNumber("civiliansKilled"u8, l.Civilians.Killed);
        json.WriteNumber("civiliansInjured"u8, l.Civilians.Injured);
        json.WriteNumber("riskEducationSessions"u8, l.RiskEducation.Sessions);
        json.WriteNumber("riskEducationPeopleReached"u8, l.RiskEducation.Beneficiaries);
        json.WriteEndObject();
    }

    private static void Region(Utf8JsonWriter json, string? region)
    {
        if (region is null) json.WriteNull("region"u8);
        else json.WriteString("region"u8, region);
    }

    private static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static byte[] Collection<T>(IEnumerable<T> items, Func<Utf8JsonWriter, T, NetTopologySuite.Geometries.Geometry> properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "FeatureCollection");
            json.WriteStartArray("features"u8);
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteString("type"u8, "Feature");
                json.WriteStartObject("properties"u8);
                var geometry = properties(json, item);
                json.WriteEndObject();
                json.WritePropertyName("geometry"u8);
                GeoJsonGeometryWriter.Write(json, geometry);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
