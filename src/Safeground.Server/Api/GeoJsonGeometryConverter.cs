using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using Safeground.Formats;
using Safeground.Formats.Export;

namespace Safeground.Server.Api;

/// <summary>Geometries in API responses as RFC 7946 GeoJSON (what a web map reads); reports keep their WKT form.</summary>
internal sealed class GeoJsonGeometryConverter : JsonConverter<Geometry>
{
    public override bool CanConvert(Type typeToConvert) => typeof(Geometry).IsAssignableFrom(typeToConvert);

    public override Geometry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("the API reads geometries as WKT inside reports");

    public override void Write(Utf8JsonWriter writer, Geometry value, JsonSerializerOptions options) =>
        GeoJsonGeometryWriter.Write(writer, value);
}
