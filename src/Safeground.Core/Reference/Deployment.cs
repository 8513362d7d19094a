namespace Safeground.Core.Reference;

/// <summary>A team sent to a region for a planned number of days (a 120-day rotation is typical).</summary>
public sealed record Deployment(string Id, string TeamId, string Region, DateOnly Start, int PlannedDays)
{
    public DateOnly PlannedEnd => Start.AddDays(PlannedDays);
}
