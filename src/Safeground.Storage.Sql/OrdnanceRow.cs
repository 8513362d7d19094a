using System.Text.Json;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;

namespace Safeground.Storage.Sql;

/// <summary>
/// An ordnance model as the stores' <c>ordnance_models</c> row holds it: coded words for category and fuzes, the aliases
/// as a JSON array (names may hold commas), the retirement day as ISO text.
/// </summary>
public sealed record OrdnanceRow(string Id, string Name, string Category, string Fuzes, string? Hazard, string Aliases, string? Country, string? RetiredOn)
{
    public static OrdnanceRow Of(OrdnanceModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Name, StoredNames.Of(m.Category), JsonSerializer.Serialize(m.Fuzes.Select(StoredNames.Of)),
            m.Hazard, JsonSerializer.Serialize(m.Aliases), m.Country, m.RetiredOn is { } d ? StoredTime.Date(d) : null);
    }

    public OrdnanceModel ToModel() => new(Name, StoredNames.Parse<EoCategory>(Category),
        [.. (JsonSerializer.Deserialize<List<string>>(Fuzes) ?? []).Select(StoredNames.Parse<FuzeKind>)],
        Hazard, JsonSerializer.Deserialize<List<string>>(Aliases) ?? [], Country, RetiredOn is null ? null : StoredTime.ParseDate(RetiredOn));
}
