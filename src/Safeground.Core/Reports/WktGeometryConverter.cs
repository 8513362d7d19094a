using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Geometry;

namespace Safeground.Core.Reports;

/// <summary>
/// Geometries inside a stored report payload are WKT strings: readable by a person auditing the
/// report and exact, since NTS writes doubles with round-trip precision.
/// </summary>
public sealed class WktGeometryConverter<T> : JsonConverter<T> where T : NetTopologySuite.Geometries.Geometry
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        var wkt = reader.GetString() ?? throw new JsonException("geometry must be a WKT string");
        var g = new WKTReader(Geo.Services).Read(wkt);
        g.SRID = Geo.Wgs84;
        return g as T ?? throw new JsonException($"expected a {typeof(T).Name}, got {g.GeometryType}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.AsText());
}
