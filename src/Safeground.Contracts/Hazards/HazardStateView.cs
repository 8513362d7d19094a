using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;

namespace Safeground.Contracts;

/// <summary>
/// A hazard before or after a report (its impact): class, status, areas (m²), finds and the remaining polygon.
/// <see cref="ReopenedM2"/> is released land returned to hazardous (cancelled + reduced + cleared − reopened + remaining = original).
/// </summary>
public sealed record HazardStateView(
    HazardClass Class,
    HazardStatus Status,
    double OriginalM2,
    double CancelledM2,
    double ReducedM2,
    double ClearedM2,
    double RemainingM2,
    int FindCount,
    Geometry? Remaining,
    double ReopenedM2 = 0)
{
    public static HazardStateView? From(HazardState? h) => h is null ? null : new HazardStateView(
        h.Class, h.Status, h.OriginalM2, h.CancelledM2, h.ReducedM2, h.ClearedM2, h.RemainingM2, h.FindCount, h.Remaining.IsEmpty ? null : h.Remaining, h.ReopenedM2);
}
