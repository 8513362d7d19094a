using Safeground.Core.Rollups;

namespace Safeground.Contracts;

/// <summary>
/// A hazard's area after each approved report that changed it: <c>GET /api/v1/hazards/{id}/timeline</c> and
/// <c>safeground timeline ID --json</c>.
/// </summary>
/// <param name="Store">The store's name; only in the CLI's output.</param>
public sealed record TimelineView(string? Store, string Hazard, IReadOnlyList<TimelinePoint> Points);
