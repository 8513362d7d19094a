using System.Globalization;

namespace Safeground.Core.Status;

/// <summary>
/// What each figure of a <see cref="StatusReport"/> is, in words: which day or period it covers and whether it
/// sums hazard records (land under two overlapping hazards counts twice) or measures land (their union). The
/// same words for <c>safeground status</c>, its <c>--json</c> and the server's roll-ups, so a reader signing a
/// figure knows what it says.
/// </summary>
public static class StatusFigures
{
    /// <summary>"released 2026-01-01..2026-03-31", "released up to 2026-03-31", "released since 2026-01-01" or "released to date".</summary>
    public static string Released(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (filter.From, filter.To) switch
        {
            ({ } from, { } to) => $"released {Day(from)}..{Day(to)}",
            (null, { } to) => $"released up to {Day(to)}",
            ({ } from, null) => $"released since {Day(from)}",
            _ => "released to date",
        };
    }

    /// <summary>"remaining on 2026-03-31" (the period's end) or "remaining today".</summary>
    public static string Remaining(StatusFilter filter) => $"remaining {When(filter)}";

    /// <summary>"on 2026-03-31" (the period's end) or "today": when the remaining figures stand.</summary>
    public static string When(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.AsOf is { } day ? $"on {Day(day)}" : "today";
    }

    /// <summary>"recorded by 2026-03-31, as on that day" or "recorded to date".</summary>
    public static string Recorded(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.AsOf is { } day ? $"recorded by {Day(day)}, as on that day" : "recorded to date";
    }

    /// <summary>
    /// Whether cancelled + reduced + cleared + remaining = original holds for these figures: only when the
    /// releases counted are all those up to the day the remaining area is taken (no period start).
    /// </summary>
    public static bool Conserved(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.From is null;
    }

    /// <summary>Each figure's key (as in a roll-up line: Safeground.Contracts.StatusLineView) and what it is.</summary>
    public static IReadOnlyDictionary<string, string> Describe(StatusFilter filter)
    {
        string released = Released(filter), remaining = Remaining(filter), recorded = Recorded(filter);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["hazards"] = $"records: hazards {recorded} (class and status then)",
            ["originalM2"] = $"records: original area of the hazards {recorded}, summed over hazards",
            ["cancelledM2"] = $"records: cancelled by non-technical survey, {released}, summed over hazards",
            ["reducedM2"] = $"records: reduced by technical survey, {released}, summed over hazards",
            ["clearedM2"] = $"records: cleared, {released}, summed over hazards",
            ["remainingM2"] = $"records: hazardous area {remaining}, summed over hazards (land under two hazards counts twice)",
            ["remainingLandM2"] = $"land: hazardous land {remaining}, the union of the remaining hazard polygons",
            ["countedTwiceM2"] = $"land counted twice {remaining}: remainingM2 - remainingLandM2",
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
