using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Checks;

/// <summary>
/// Distance in metres from a point to a polygon nearby, in a local equirectangular projection centred
/// on the point: WGS84 lengths of a degree of latitude and longitude at the point's latitude. Within a
/// few kilometres (a hazard) the error is well under 0.1 %, far below what a "metres outside" check needs,
/// and it costs one pass over the polygon instead of a geodesic per edge.
/// </summary>
internal static class LocalMetres
{
    public static double Distance(Point from, NtsGeometry to)
    {
        double lon0 = from.X, lat0 = from.Y;
        double phi = lat0 * Math.PI / 180;
        // Series for the WGS84 ellipsoid (meridian and parallel arc length per degree).
        double perLat = 111_132.92 - 559.82 * Math.Cos(2 * phi) + 1.175 * Math.Cos(4 * phi) - 0.0023 * Math.Cos(6 * phi);
        double perLon = 111_412.84 * Math.Cos(phi) - 93.5 * Math.Cos(3 * phi) + 0.118 * Math.Cos(5 * phi);
        var local = to.Copy();
        local.Apply(new Project(lon0, lat0, perLon, perLat));
        local.GeometryChanged();
        return DistanceOp.Distance(local.Factory.CreatePoint(new Coordinate(0, 0)), local);
    }

    private sealed class Project(double lon0, double lat0, double perLon, double perLat) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (int i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, (seq.GetX(i) - lon0) * perLon);
                seq.SetY(i, (seq.GetY(i) - lat0) * perLat);
            }
        }
    }
}
