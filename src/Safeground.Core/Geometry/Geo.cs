using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Safeground.Core.Geometry;

/// <summary>
/// The one geometry factory of Safeground: WGS84 lon/lat (SRID 4326), floating precision, and
/// OverlayNG, which is orders of magnitude faster and more robust than the legacy overlay on unions.
/// </summary>
public static class Geo
{
    public const int Wgs84 = 4326;

    public static NtsGeometryServices Services { get; } = new(
        CoordinateArraySequenceFactory.Instance,
        PrecisionModel.Floating.Value,
        Wgs84,
        GeometryOverlay.NG,
        new CoordinateEqualityComparer());

    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory(Wgs84);

    public static NetTopologySuite.Geometries.Geometry Empty { get; } = Factory.CreatePolygon();

    public static Point Point(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));
}
