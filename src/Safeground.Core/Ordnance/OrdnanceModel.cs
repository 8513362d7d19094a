namespace Safeground.Core.Ordnance;

/// <summary>
/// One model of explosive ordnance in a programme's catalogue (PMN-2, TM-62M, BLU-97): the category finds of it are
/// counted under, how it is initiated (a model may take several fuzes: MON-50 by command or tripwire), a one-line
/// hazard note for the field, other names it goes by, the country that made it, and the day it was retired from the
/// catalogue (a retired model is still known, so old finds keep naming it; it is no longer offered).
/// </summary>
public sealed record OrdnanceModel(
    string Name,
    EoCategory Category,
    IReadOnlyList<FuzeKind> Fuzes,
    string? Hazard,
    IReadOnlyList<string> Aliases,
    string? Country,
    DateOnly? RetiredOn = null)
{
    /// <summary>The key the catalogue matches on (<see cref="OrdnanceCatalogue.Key"/>): the model's identity.</summary>
    public string Id => OrdnanceCatalogue.Key(Name);

    public bool Retired => RetiredOn is not null;

    /// <summary>Every name the model answers to: its own first, then its aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    // Lists compare by their items, so a model read back from a store equals the one written.
    public bool Equals(OrdnanceModel? other) =>
        other is not null && Name == other.Name && Category == other.Category && Fuzes.SequenceEqual(other.Fuzes)
        && Hazard == other.Hazard && Aliases.SequenceEqual(other.Aliases) && Country == other.Country && RetiredOn == other.RetiredOn;

    public override int GetHashCode() => HashCode.Combine(Name, Category, Hazard, Country, RetiredOn);
}
