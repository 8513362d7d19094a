using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Safeground.Core.Projections;

namespace Safeground.Formats.Export;

/// <summary>
/// Exports projections as RFC 7946 FeatureCollections (WGS84 lon/lat), streaming: records are written as
/// they are enumerated. Properties are snake_case, enums kebab-case, dates yyyy-MM-dd, areas in m² and ha.
/// </summary>
public static class GeoJsonExport
{
    // Letters like č and đ stay readable UTF-8 instead of \u escapes; the file is data, never HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int FlushAt = 64 * 1024;

    /// <summary>Hazardous areas; the geometry is what remains hazardous (null once all is released).</summary>
    public static void WriteHazards(Stream output, IEnumerable<HazardState> hazards) =>
        Write(output, hazards, h => h.Remaining, ExportFields.Hazard);

    /// <summary>Released land, one feature per release event, with the area it actually released.</summary>
    public static void WriteReleases(Stream output, IEnumerable<ReleaseEvent> releases) =>
        Write(output, releases, r => r.Area, ExportFields.Release);

    public static void WriteFinds(Stream output, IEnumerable<FindRecord> finds) =>
        Write(output, finds, f => f.Find.Position, ExportFields.Find);

    /// <summary>Civilian casualty incidents, the people killed and injured as counts only.</summary>
    public static void WriteIncidents(Stream output, IEnumerable<Core.Casualties.IncidentRecord> incidents) =>
        Write(output, incidents, i => i.Incident.Position, ExportFields.Incident);

    /// <summary>Risk-education sessions, their audience as counts only.</summary>
    public static void WriteRiskEducation(Stream output, IEnumerable<Core.RiskEducation.RiskEducationRecord> sessions) =>
        Write(output, sessions, s => s.Session.Position, ExportFields.RiskEducation);

    /// <summary>Accidents with killed/injured counts only: no personal data about victims.</summary>
    public static void WriteAccidents(Stream output, IEnumerable<AccidentRecord> accidents) =>
        Write(output, accidents, a => a.Accident.Position, ExportFields.Accident);

    private static void Write<T>(Stream output, IEnumerable<T> records, Func<T, Geometry?> geometry, Action<T?, IFieldSink> fields)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        using var json = new Utf8JsonWriter(output, Options);
        var sink = new GeoJsonFieldSink(json);
        json.WriteStartObject();
        json.WriteString("type"u8, "FeatureCollection"u8);
        json.WriteStartArray("features"u8);
        foreach (var record in records)
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "Feature"u8);
            json.WritePropertyName("geometry"u8);
            GeoJsonGeometryWriter.Write(json, geometry(record));
            json.WriteStartObject("properties"u8);
            fields(record, sink);
            json.WriteEndObject();
            json.WriteEndObject();
            if (json.BytesPending > FlushAt)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }
}
