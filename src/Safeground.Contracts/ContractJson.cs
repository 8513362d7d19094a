using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeground.Contracts;

/// <summary>
/// How the contracts are written, the same for the API and the CLI's --json: camelCase names, enum values as
/// kebab-case words ("in-progress", "ap-mine"), and an absent value left out rather than written as null.
/// </summary>
public static class ContractJson
{
    /// <summary>The CLI's options: the shared settings, indented for people who read the output too.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Applies the shared settings to <paramref name="options"/> (the API adds its GeoJSON geometry converter).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    /// <summary>Serialises a contract as the CLI prints it.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Indented);

    private static JsonSerializerOptions Create(bool indented)
    {
        // Names and messages are printed as they are (Cyrillic, "m²"), not as \u escapes: a terminal and a script read UTF-8.
        var o = Configure(new JsonSerializerOptions { WriteIndented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
