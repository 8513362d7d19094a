using System.Text.Json;
using NetTopologySuite.Geometries;
using Safeground.Core.Projections;

namespace Safeground.Formats.Export;

/// <summary>
/// Writes one projection record as a GeoJSON Feature (with its id) into a caller's writer: the OGC API
/// streams pages with it, and the properties are the same as the file export's.
/// </summary>
public static class GeoJsonFeatureWriter
{
    public static void WriteHazard(Utf8JsonWriter json, string id, HazardState hazard, Action<Utf8JsonWriter>? extra = null) =>
        Write(json, id, hazard, hazard.Remaining, ExportFields.Hazard, extra);

    public static void WriteRelease(Utf8JsonWriter json, string id, ReleaseEvent release, Action<Utf8JsonWriter>? extra = null) =>
        Write(json, id, release, release.Area, ExportFields.Release, extra);

    public static void WriteFind(Utf8JsonWriter json, string id, FindRecord find, Action<Utf8JsonWriter>? extra = null) =>
        Write(json, id, find, find.Find.Position, ExportFields.Find, extra);

    /// <summary>Killed/injured counts only: nothing about a victim as a person.</summary>
    public static void WriteAccident(Utf8JsonWriter json, string id, AccidentRecord accident, Action<Utf8JsonWriter>? extra = null) =>
        Write(json, id, accident, accident.Accident.Position, ExportFields.Accident, extra);

    public static void WriteIncident(Utf8JsonWriter json, string id, Core.Casualties.IncidentRecord incident, Action<Utf8JsonWriter>? extra = null) =>
        Write(json, id, incident, incident.Incident.Position, ExportFields.Incident, extra);

    public static void WriteRiskEducation(Utf8JsonWriter json, string id, Core.RiskEducation.RiskEducationRecord session, Action<Utf8JsonWriter>? extra = null) =>
        Write(json, id, session, session.Session.Position, ExportFields.RiskEducation, extra);

    private static void Write<T>(Utf8JsonWriter json, string id, T record, Geometry? geometry, Action<T?, IFieldSink> fields,
        Action<Utf8JsonWriter>? extra)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("type"u8, "Feature"u8);
        json.WriteString("id"u8, id);
        json.WritePropertyName("geometry"u8);
        GeoJsonGeometryWriter.Write(json, geometry);
        json.WriteStartObject("properties"u8);
        fields(record, new GeoJsonFieldSink(json));
        json.WriteEndObject();
        extra?.Invoke(json);
        json.WriteEndObject();
    }
}
