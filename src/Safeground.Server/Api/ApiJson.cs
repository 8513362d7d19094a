using System.Text.Json;
using Safeground.Contracts;
using Safeground.Core.Reports;

namespace Safeground.Server.Api;

/// <summary>
/// JSON of the API: the report JSON's names (camelCase properties, kebab-case enum words), geometries as GeoJSON.
/// A report itself is served in the report JSON it was submitted in (WKT geometries), so it can be resubmitted.
/// </summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>An enum value as a wire word ("in-progress", "ap-mine").</summary>
    public static string Word<T>(T value) where T : struct, Enum => Core.Storage.MapAttributes.Word(value);

    private static JsonSerializerOptions Create()
    {
        // The contracts' settings (the CLI's --json has them too), and geometries as GeoJSON.
        var o = ContractJson.Configure(new JsonSerializerOptions());
        o.Converters.Add(new GeoJsonGeometryConverter());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
