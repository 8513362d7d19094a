using Safeground.Core.Ordnance;

namespace Safeground.Contracts;

/// <summary>
/// A model of the programme's ordnance catalogue: <c>GET /api/v1/ordnance</c> and <c>safeground ordnance list --json</c>.
/// </summary>
/// <param name="Id">The key names are matched by (letters and digits, lower case, Cyrillic in Latin): the model's identity.</param>
/// <param name="Hazard">A one-line note for the field; absent when none is stated.</param>
/// <param name="RetiredOn">The day it was retired from the catalogue; absent while it is offered.</param>
public sealed record OrdnanceModelView(string Id, string Name, EoCategory Category, IReadOnlyList<FuzeKind> Fuzes, string? Hazard,
    IReadOnlyList<string> Aliases, string? Country, DateOnly? RetiredOn)
{
    public static OrdnanceModelView From(OrdnanceModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Name, m.Category, m.Fuzes, m.Hazard, m.Aliases, m.Country, m.RetiredOn);
    }
}
