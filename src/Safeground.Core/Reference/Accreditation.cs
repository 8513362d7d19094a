namespace Safeground.Core.Reference;

/// <summary>An activity an organisation is accredited for, until a date (inclusive) or open-ended when null.</summary>
public sealed record Accreditation(Activity Activity, DateOnly? ValidUntil = null)
{
    /// <summary>Whether it covers work done on <paramref name="date"/>.</summary>
    public bool CoversOn(DateOnly date) => ValidUntil is not { } until || date <= until;
}
