namespace Safeground.Core.Reference;

/// <summary>
/// A demining operator, a state service or the authority itself. An organisation with no accreditation recorded is
/// unmanaged (imported before accreditations were kept): reports naming it are never refused for its activity.
/// Retired, never deleted: old reports still name it.
/// </summary>
public sealed record Organisation(string Id, string Name, string Country)
{
    /// <summary>The accreditations, none when unmanaged.</summary>
    public IReadOnlyList<Accreditation> Accreditations { get; init; } = [];

    /// <summary>The day it stopped working here; null while it works.</summary>
    public DateOnly? RetiredOn { get; init; }

    /// <summary>Whether an accreditation is recorded at all (see the remarks on unmanaged organisations).</summary>
    public bool IsManaged => Accreditations.Count > 0;

    /// <summary>Whether it may do <paramref name="activity"/> on <paramref name="date"/>.</summary>
    public bool IsAccreditedFor(Activity activity, DateOnly date) =>
        Accreditations.Any(a => a.Activity == activity && a.CoversOn(date));

    /// <summary>Whether it was retired on or before <paramref name="date"/>.</summary>
    public bool IsRetiredOn(DateOnly date) => RetiredOn is { } r && r <= date;

    // Accreditations compared by content: a store's round trip builds a new list.
    public bool Equals(Organisation? other) =>
        other is not null && Id == other.Id && Name == other.Name && Country == other.Country
        && RetiredOn == other.RetiredOn && Accreditations.SequenceEqual(other.Accreditations);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Country, RetiredOn, Accreditations.Count);
}
