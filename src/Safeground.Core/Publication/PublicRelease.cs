using Safeground.Core.Hazards;

namespace Safeground.Core.Publication;

/// <summary>Land released, as the public sees it: how (cancelled, reduced, cleared), in which year, its area (ellipsoidal m²) and region, simplified.</summary>
public sealed record PublicRelease(ReleaseMethod Method, int Year, string? Region, double AreaM2, NetTopologySuite.Geometries.Geometry Shape);
