using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>One grouping's groups in a roll-up by several groupings (<see cref="RollupView.Groupings"/>).</summary>
public sealed record RollupGroupingView(StatusGrouping GroupedBy, bool ByBoundary, IReadOnlyList<StatusLineView> Groups)
{
    public static RollupGroupingView From(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new RollupGroupingView(report.Grouping, report.ByBoundary, report.Groups.Select(StatusLineView.From).ToList());
    }
}
