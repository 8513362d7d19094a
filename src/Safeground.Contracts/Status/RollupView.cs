using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>
/// A land-release roll-up with one grouping (or none): <c>safeground status --json</c> and <c>GET /api/v1/rollups</c>.
/// </summary>
/// <param name="Store">The store's name; only in the CLI's output (the API serves one store).</param>
public sealed record RollupView(
    string? Store,
    StatusGrouping GroupedBy,
    bool ByBoundary,
    StatusFilterView Filter,
    StatusFiguresView Figures,
    StatusLineView Total,
    IReadOnlyList<StatusLineView> Groups)
{
    public static RollupView From(StatusReport report, string? store = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new RollupView(store, report.Grouping, report.ByBoundary, StatusFilterView.Of(report.Filter), StatusFiguresView.From(report.Filter),
            StatusLineView.From(report.Total), report.Groups.Select(StatusLineView.From).ToList());
    }
}
