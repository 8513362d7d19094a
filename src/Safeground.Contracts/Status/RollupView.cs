using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>
/// A land-release roll-up: <c>safeground status --json</c> and <c>GET /api/v1/rollups</c>. By one grouping (or none):
/// <see cref="GroupedBy"/>, <see cref="ByBoundary"/> and <see cref="Groups"/>; by several in one pass (<c>by=month,team</c>):
/// <see cref="Groupings"/>, each with its groups. The filter, figures and total are there either way.
/// </summary>
/// <param name="Store">The store's name; only in the CLI's output (the API serves one store).</param>
public sealed record RollupView(
    string? Store,
    StatusGrouping? GroupedBy,
    bool? ByBoundary,
    StatusFilterView Filter,
    StatusFiguresView Figures,
    StatusLineView Total,
    IReadOnlyList<StatusLineView>? Groups,
    IReadOnlyList<RollupGroupingView>? Groupings = null)
{
    public static RollupView From(StatusReport report, string? store = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new RollupView(store, report.Grouping, report.ByBoundary, StatusFilterView.Of(report.Filter), StatusFiguresView.From(report.Filter),
            StatusLineView.From(report.Total), report.Groups.Select(StatusLineView.From).ToList());
    }

    /// <summary>By several groupings computed in one pass: the total once, each grouping's groups.</summary>
    public static RollupView From(StatusFilter filter, IReadOnlyList<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new RollupView(null, null, null, StatusFilterView.Of(filter), StatusFiguresView.From(filter), StatusLineView.From(reports[0].Total),
            null, reports.Select(RollupGroupingView.From).ToList());
    }
}
