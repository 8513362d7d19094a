using NetTopologySuite.Geometries;

namespace Safeground.Demo;

/// <summary>
/// A local metric frame at a hazard: u runs along the field's long axis (rotated by <see cref="Theta"/>),
/// v across it. Shapes are drawn in metres, then mapped to lon/lat rounded to 1e-7° (about 1 cm),
/// which is what a field GPS reports and keeps the WKT short.
/// </summary>
internal readonly record struct DemoFrame(double Lon, double Lat, double Theta)
{
    private const double MetresPerDegreeLat = 110_574;

    private double MetresPerDegreeLon => 111_320 * Math.Cos(Lat * Math.PI / 180);

    public Coordinate ToGeo(double u, double v)
    {
        double x = u * Math.Cos(Theta) - v * Math.Sin(Theta);
        double y = u * Math.Sin(Theta) + v * Math.Cos(Theta);
        return new Coordinate(Round(Lon + x / MetresPerDegreeLon), Round(Lat + y / MetresPerDegreeLat));
    }

    public (double U, double V) ToLocal(Coordinate c)
    {
        double x = (c.X - Lon) * MetresPerDegreeLon, y = (c.Y - Lat) * MetresPerDegreeLat;
        return (x * Math.Cos(Theta) + y * Math.Sin(Theta), -x * Math.Sin(Theta) + y * Math.Cos(Theta));
    }

    /// <summary>The u range the geometry spans.</summary>
    public (double Min, double Max) ExtentU(NetTopologySuite.Geometries.Geometry g)
    {
        double min = double.MaxValue, max = double.MinValue;
        foreach (var c in g.Coordinates)
        {
            double u = ToLocal(c).U;
            if (u < min) min = u;
            if (u > max) max = u;
        }
        return (min, max);
    }

    public static double Round(double degrees) => Math.Round(degrees, 7, MidpointRounding.ToEven);
}
