using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Safeground.Core.Spatial;

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

    /// <summary>
    /// A copy with longitude and latitude exchanged: the commonest mistake in field data (a form or a spreadsheet
    /// that put latitude first), tried when a geometry lands nowhere sensible.
    /// </summary>
    public static NetTopologySuite.Geometries.Geometry SwapAxes(NetTopologySuite.Geometries.Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var copy = geometry.Copy();
        copy.Apply(new AxisSwap());
        copy.GeometryChanged();
        return copy;
    }

    private sealed class AxisSwap : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            double x = seq.GetX(i);
            seq.SetX(i, seq.GetY(i));
            seq.SetY(i, x);
        }
    }
}
