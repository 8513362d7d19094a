using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Safeground.Core.Text;

namespace Safeground.Core.Reports;

/// <summary>
/// The one JSON form of a report, used for its stored payload and for interchange. It carries its version
/// (<c>"v"</c>, <see cref="ReportVersions"/>): written first, checked and upgraded on every read.
/// </summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    public static byte[] SerializeToUtf8(Report report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);

    public static Report Deserialize(string json) =>
        JsonSerializer.Deserialize<Report>(json, Options) ?? throw new JsonException(Texts.Render("error.report.empty"));

    public static Report Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<Report>(utf8, Options) ?? throw new JsonException(Texts.Render("error.report.empty"));

    private static JsonSerializerOptions Create()
    {
        var plain = Plain();
        var o = new JsonSerializerOptions(plain);
        o.Converters.Insert(0, new ReportVersionConverter(plain));
        o.MakeReadOnly();
        return o;
    }

    // Everything but the version check, which reads a report through these (with "v" written first, ignored on reading).
    private static JsonSerializerOptions Plain()
    {
        var o = new JsonSerializerOptions
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WriteVersion } },
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

    private static void WriteVersion(JsonTypeInfo info)
    {
        if (info.Type != typeof(Report) || info.Kind != JsonTypeInfoKind.Object) return; // None: the version converter's own
        var version = info.CreateJsonPropertyInfo(typeof(int), ReportVersions.Property);
        version.Get = _ => ReportVersions.Current;
        version.Order = int.MinValue;
        info.Properties.Insert(0, version);
    }
}
