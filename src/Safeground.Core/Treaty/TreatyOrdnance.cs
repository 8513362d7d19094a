using Safeground.Core.Ordnance;

namespace Safeground.Core.Treaty;

/// <summary>One line of the table of explosive ordnance found and disposed of during the year, by category (items).</summary>
/// <param name="Region">The region, or null for a total line.</param>
/// <param name="Type">The contamination type (StatusLine.ContaminationType: a stored code, "not-stated", or "(none)" outside hazards), or null for the total line.</param>
public sealed record TreatyOrdnance(string? Region, string? Type, IReadOnlyDictionary<EoCategory, long> Items)
{
    public long Of(EoCategory category) => Items.GetValueOrDefault(category);

    public long Total => Items.Values.Sum();
}
