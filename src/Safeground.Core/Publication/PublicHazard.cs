using Safeground.Core.Hazards;

namespace Safeground.Core.Publication;

/// <summary>
/// What the public sees of a hazard: where it still is (its remaining land, simplified), its status, class, remaining
/// area (ellipsoidal m², of the stored polygon, not the simplified one) and region. No id, no name, no organisation.
/// </summary>
public sealed record PublicHazard(HazardStatus Status, HazardClass Class, string? Region, double RemainingM2, NetTopologySuite.Geometries.Geometry Shape);
