using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeground.Core.Reports;

/// <summary>The one JSON form of a report, used for its stored payload and for interchange.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    public static byte[] SerializeToUtf8(Report report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);

    public static Report Deserialize(string json) =>
        JsonSerializer.Deserialize<Report>(json, Options) ?? throw new JsonException("empty report");

    public static Report Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<Report>(utf8, Options) ?? throw new JsonException("empty report");

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            // A body written by hand or by another tool may put "kind" anywhere: reading it must not depend on order.
            AllowOutOfOrderMetadataProperties = true,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        o.Converters.Add(new WktGeometryConverter<NetTopologySuite.Geometries.Geometry>());
        o.Converters.Add(new WktGeometryConverter<NetTopologySuite.Geometries.Point>());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
