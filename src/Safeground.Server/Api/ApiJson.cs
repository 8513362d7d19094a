using System.Text.Json;
using System.Text.Json.Serialization;
using Safeground.Core.Reports;

namespace Safeground.Server.Api;

/// <summary>
/// JSON of the API: the report JSON's names (camelCase properties, kebab-case enum words), geometries as GeoJSON.
/// A report itself is served in the report JSON it was submitted in (WKT geometries), so it can be resubmitted.
/// </summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>A report as its report JSON, embedded in a response.</summary>
    public static JsonElement Report(Report report) => JsonSerializer.SerializeToElement(report, ReportJson.Options);

    /// <summary>An enum value as a wire word ("in-progress", "ap-mine").</summary>
    public static string Word<T>(T value) where T : struct, Enum => Core.Storage.MapAttributes.Word(value);

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        o.Converters.Add(new GeoJsonGeometryConverter());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
