namespace Safeground.Core.Reference;

/// <summary>
/// A team sent to a region for a planned number of days (a 120-day rotation is typical). Retired, never deleted:
/// old reports still name it.
/// </summary>
public sealed record Deployment(string Id, string TeamId, string Region, DateOnly Start, int PlannedDays)
{
    /// <summary>The day it was ended early or closed; null while it runs.</summary>
    public DateOnly? RetiredOn { get; init; }

    public DateOnly PlannedEnd => Start.AddDays(PlannedDays);

    /// <summary>Whether it was retired on or before <paramref name="date"/>.</summary>
    public bool IsRetiredOn(DateOnly date) => RetiredOn is { } r && r <= date;
}
