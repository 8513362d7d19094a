namespace Safeground.Core.Treaty;

/// <summary>One line of the table of land released during the year by method: cancelled by non-technical survey, reduced by technical survey, cleared (m²).</summary>
/// <param name="Region">The region, or null for a total line.</param>
/// <param name="Type">The contamination type (StatusLine.ContaminationType: a stored code, "not-stated", or "(none)" outside hazards), or null for the total line.</param>
public sealed record TreatyReleased(string? Region, string? Type, double CancelledM2, double ReducedM2, double ClearedM2)
{
    public double ReleasedM2 => CancelledM2 + ReducedM2 + ClearedM2;
}
