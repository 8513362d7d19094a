namespace Safeground.Core.Reference;

/// <summary>
/// A field team of an organisation: its main asset, how many people (or machines, or dog pairs) it has and, when
/// recorded, how many hold each role. Retired, never deleted: old reports still name it.
/// </summary>
public sealed record Team(string Id, string OrganisationId, string Name, AssetKind Asset, int Size)
{
    /// <summary>Members counted by role; empty when not recorded.</summary>
    public IReadOnlyList<RoleCount> Roles { get; init; } = [];

    /// <summary>The day it was stood down; null while it works.</summary>
    public DateOnly? RetiredOn { get; init; }

    /// <summary>Whether it was retired on or before <paramref name="date"/>.</summary>
    public bool IsRetiredOn(DateOnly date) => RetiredOn is { } r && r <= date;

    // Roles compared by content: a store's round trip builds a new list.
    public bool Equals(Team? other) =>
        other is not null && Id == other.Id && OrganisationId == other.OrganisationId && Name == other.Name
        && Asset == other.Asset && Size == other.Size && RetiredOn == other.RetiredOn && Roles.SequenceEqual(other.Roles);

    public override int GetHashCode() => HashCode.Combine(Id, OrganisationId, Name, Asset, Size, RetiredOn, Roles.Count);
}
