using Safeground.Core.Ordnance;

namespace Safeground.Contracts;

/// <summary>
/// A model as <c>POST /api/v1/ordnance</c> adds it and <c>PUT /api/v1/ordnance/{name}</c> replaces it: fuzes default to
/// unknown, aliases to none. Retiring is its own request.
/// </summary>
public sealed record OrdnanceModelInput(string Name, EoCategory Category, IReadOnlyList<FuzeKind>? Fuzes = null, string? Hazard = null,
    IReadOnlyList<string>? Aliases = null, string? Country = null)
{
    public OrdnanceModel ToModel(DateOnly? retiredOn = null) =>
        new(Name ?? "", Category, Fuzes ?? [], Hazard, Aliases ?? [], Country, retiredOn);
}
