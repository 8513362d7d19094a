using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>A hazard's areas in m²: cancelled + reduced + cleared + remaining = original; released is the first three.</summary>
public sealed record HazardAreasView(double OriginalM2, double CancelledM2, double ReducedM2, double ClearedM2, double RemainingM2, double ReleasedM2)
{
    public static HazardAreasView From(HazardState h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new HazardAreasView(h.OriginalM2, h.CancelledM2, h.ReducedM2, h.ClearedM2, h.RemainingM2, h.ReleasedM2);
    }
}
