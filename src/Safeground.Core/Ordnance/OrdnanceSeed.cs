using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeground.Core.Ordnance;

/// <summary>
/// The common models a programme's catalogue starts with (embedded <c>ordnance-models.json</c>), from the well-known
/// public identification lists (GICHD and IMAS ordnance identification guides). Hazard notes there are deliberately
/// generic where a specific would be a guess; a programme edits its own copy.
/// </summary>
public static class OrdnanceSeed
{
    private const string Resource = "ordnance-models.json";

    /// <summary>How the seed file and the stores write a model's coded values (kebab-case words, absent values left out).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // After Json: static initialisers run in the order they are written, and Load reads Json.
    /// <summary>The seeded models, in the file's order.</summary>
    public static IReadOnlyList<OrdnanceModel> Models { get; } = Load();

    private static List<OrdnanceModel> Load()
    {
        using var stream = typeof(OrdnanceSeed).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException(Resource);
        var rows = JsonSerializer.Deserialize<List<SeedRow>>(stream, Json) ?? throw new InvalidOperationException(Resource);
        return [.. rows.Select(r => new OrdnanceModel(r.Name, r.Category, r.Fuzes ?? [FuzeKind.Unknown], r.Hazard, r.Aliases ?? [], r.Country))];
    }

    private sealed record SeedRow(string Name, EoCategory Category, List<FuzeKind>? Fuzes, string? Hazard, List<string>? Aliases, string? Country);
}
