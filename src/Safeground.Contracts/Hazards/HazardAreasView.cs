using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>
/// A hazard's areas in m²: cancelled + reduced + cleared − reopened + remaining = original; released is the first three
/// less what was reopened (released land returned to hazardous).
/// </summary>
public sealed record HazardAreasView(double OriginalM2, double CancelledM2, double ReducedM2, double ClearedM2, double RemainingM2, double ReleasedM2, double ReopenedM2)
{
    public static HazardAreasView From(HazardState h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new HazardAreasView(h.OriginalM2, h.CancelledM2, h.ReducedM2, h.ClearedM2, h.RemainingM2, h.ReleasedM2, h.ReopenedM2);
    }
}
