using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;
using Safeground.Core.Spatial;

namespace Safeground.Core.Publication;

/// <summary>
/// A polygon made light enough for a public map: simplified (Douglas–Peucker) and snapped to a grid of
/// <see cref="Decimals"/> decimal degrees (about 1 m). Areas are never measured on it: they come from the stored geometry.
/// </summary>
public static class PublicShape
{
    public const int Decimals = 5;

    private static readonly PrecisionModel Grid = new(Math.Pow(10, Decimals));

    /// <param name="toleranceDegrees">How far the outline may move (degrees); about 2 m for hazards, more for region outlines.</param>
    public static Geometry Of(Geometry geometry, double toleranceDegrees)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.IsEmpty) return geometry;
        var simple = DouglasPeuckerSimplifier.Simplify(geometry, toleranceDegrees);
        var snapped = GeometryPrecisionReducer.Reduce(simple.IsEmpty ? geometry : simple, Grid);
        // A piece too small for the grid still belongs on the map: its envelope, snapped, stands for it.
        return snapped.IsEmpty ? GeometryPrecisionReducer.Reduce(Geo.Factory.ToGeometry(geometry.EnvelopeInternal), Grid) : snapped;
    }
}
