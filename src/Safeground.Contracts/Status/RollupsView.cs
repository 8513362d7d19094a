using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>A roll-up by several groupings in one pass (<c>/api/v1/rollups?by=month,team</c>): the total once, each grouping's groups.</summary>
public sealed record RollupsView(StatusFilterView Filter, StatusFiguresView Figures, StatusLineView Total, IReadOnlyList<RollupGroupingView> Groupings)
{
    public static RollupsView From(StatusFilter filter, IReadOnlyList<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new RollupsView(StatusFilterView.Of(filter), StatusFiguresView.From(filter), StatusLineView.From(reports[0].Total),
            reports.Select(RollupGroupingView.From).ToList());
    }
}
