using Safeground.Core.Reference;
using Safeground.Core.Storage;

namespace Safeground.Core.Status;

/// <summary>
/// One line of a <see cref="StatusReport"/> in the shape scripts read: the same object for
/// <c>safeground status --json</c> and the server's <c>/api/v1/rollups</c>, so the two never drift.
/// </summary>
public static class StatusJson
{
    /// <summary>What productivity is measured in for an asset: machine-hours for machines, dog-team-days for dogs, deminer-days for manual teams.</summary>
    public static string EffortUnit(AssetKind asset) => asset switch
    {
        AssetKind.Mechanical => "machine-hours",
        AssetKind.MineDetectionDogs => "dog-team-days", // declared in the report's deminer-days field: a dog team's day is the unit
        _ => "deminer-days",
    };

    /// <summary>The filter a roll-up was computed with, echoed so a reader knows what the figures cover (null: no restriction).</summary>
    public static object Filter(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new
        {
            region = filter.Region,
            organisation = filter.Organisation,
            from = filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            to = filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            asOf = filter.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// What the figures are: the period and day they cover ("released 2026-01-01..2026-03-31", "remaining on
    /// 2026-03-31"), whether cancelled + reduced + cleared + remaining = original holds for them, and what each
    /// key of a line is, records or land (<see cref="StatusFigures"/>).
    /// </summary>
    public static object Figures(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new
        {
            released = StatusFigures.Released(filter),
            remaining = StatusFigures.Remaining(filter),
            conserved = StatusFigures.Conserved(filter),
            keys = StatusFigures.Describe(filter),
        };
    }

    public static object Line(StatusLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new
        {
            key = line.Key,
            hazards = line.Hazards,
            hazardsByClass = line.HazardsByClass.ToDictionary(k => MapAttributes.Word(k.Key), k => k.Value),
            hazardsByStatus = line.HazardsByStatus.ToDictionary(k => MapAttributes.Word(k.Key), k => k.Value),
            originalM2 = line.OriginalM2,
            cancelledM2 = line.CancelledM2,
            reducedM2 = line.ReducedM2,
            clearedM2 = line.ClearedM2,
            remainingM2 = line.RemainingM2,
            remainingLandM2 = line.RemainingLandM2,
            countedTwiceM2 = line.CountedTwiceM2,
            finds = line.Finds,
            findsByCategory = line.FindsByCategory.ToDictionary(k => MapAttributes.Word(k.Key), k => k.Value),
            accidents = line.Accidents,
            killed = line.Killed,
            injured = line.Injured,
            productivity = line.Productivity.ToDictionary(k => MapAttributes.Word(k.Key), k => new
            {
                clearedM2 = k.Value.ClearedM2,
                effort = k.Value.Effort,
                unit = EffortUnit(k.Key),
                m2PerUnit = k.Value.Rate,
            }),
        };
    }
}
