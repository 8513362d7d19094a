using NetTopologySuite.Geometries;

namespace Safeground.Core.Storage;

/// <summary>
/// One page of a feature layer: the features whose bounding box meets <see cref="Area"/> (lon/lat) and
/// whose date falls in [<see cref="From"/>, <see cref="To"/>] (a hazard's dates are the span from its
/// creation to its last report), skipping <see cref="Offset"/> and taking at most <see cref="Limit"/>.
/// </summary>
/// <param name="Area">Bounding box in lon/lat (CRS84); null for everywhere.</param>
/// <param name="From">First date included; null for open.</param>
/// <param name="To">Last date included; null for open.</param>
/// <param name="Offset">Features to skip, in the store's stable order.</param>
/// <param name="Limit">Features to return at most.</param>
/// <param name="FeatureId">Only the feature with this id (see <see cref="LayerFeature{T}.Id"/>).</param>
public sealed record LayerQuery(
    Envelope? Area = null,
    DateOnly? From = null,
    DateOnly? To = null,
    long Offset = 0,
    int Limit = 100,
    string? FeatureId = null);
