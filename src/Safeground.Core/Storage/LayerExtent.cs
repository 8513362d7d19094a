using NetTopologySuite.Geometries;

namespace Safeground.Core.Storage;

/// <summary>Where and when a feature layer's features lie; nulls for an empty layer.</summary>
/// <param name="Area">Bounding box in lon/lat of every feature with a geometry.</param>
/// <param name="From">Earliest date.</param>
/// <param name="To">Latest date.</param>
public sealed record LayerExtent(Envelope? Area, DateOnly? From, DateOnly? To);
