using System.Globalization;
using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>The filter a roll-up was computed with (made by <c>Of</c>: <c>From</c> is a field here), echoed so a reader knows what the figures cover (absent: no restriction).</summary>
public sealed record StatusFilterView(string? Region, string? Organisation, string? From, string? To, string? AsOf)
{
    public static StatusFilterView Of(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new StatusFilterView(filter.Region, filter.Organisation, Day(filter.From), Day(filter.To), Day(filter.AsOf));
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
