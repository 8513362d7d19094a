// Ported from GeographicLib-C (src/geodesic.c, geod_polygon_* and areareduceA),
// Copyright (c) Charles Karney (2012-2022), MIT/X11 licence, https://geographiclib.sourceforge.io/
namespace Safeground.Geodesy;

/// <summary>
/// Area and perimeter of a geodesic polygon built vertex by vertex (GeographicLib's PolygonArea
/// with geodesic edges). A mutable struct so a ring can be measured without heap allocation.
/// </summary>
internal struct PolygonArea
{
    private readonly Geodesic _geodesic;
    private double _lat0;
    private double _lon0;
    private double _lat;
    private double _lon;
    private Accumulator _perimeter;
    private Accumulator _area;
    private int _crossings;

    public PolygonArea(Geodesic geodesic)
    {
        _geodesic = geodesic;
        _lat0 = _lon0 = _lat = _lon = double.NaN;
    }

    public int Count { get; private set; }

    public void AddPoint(double lat, double lon)
    {
        if (Count == 0)
        {
            _lat0 = _lat = lat;
            _lon0 = _lon = lon;
        }
        else
        {
            _geodesic.InverseDistanceArea(_lat, _lon, lat, lon, out double s12, out double area12);
            _perimeter.Add(s12);
            _area.Add(area12);
            _crossings += Transit(_lon, lon);
            _lat = lat;
            _lon = lon;
        }

        ++Count;
    }

    /// <summary>
    /// Closes the polygon and returns the number of vertices. With <paramref name="reverse"/> false
    /// counter-clockwise polygons are positive; with <paramref name="sign"/> true the area is the
    /// one of smaller magnitude, in (-A/2, A/2] where A is the ellipsoid's area.
    /// </summary>
    public readonly int Compute(bool reverse, bool sign, out double area, out double perimeter)
    {
        if (Count < 2)
        {
            area = 0;
            perimeter = 0;
            return Count;
        }

        _geodesic.InverseDistanceArea(_lat, _lon, _lat0, _lon0, out double s12, out double area12);
        perimeter = _perimeter.Sum(s12);
        Accumulator t = _area;
        t.Add(area12);
        area = ReduceArea(ref t, _geodesic.EllipsoidArea, _crossings + Transit(_lon, _lon0), reverse, sign);
        return Count;
    }

    private static double ReduceArea(ref Accumulator area, double area0, int crossings, bool reverse, bool sign)
    {
        area.Remainder(area0);
        if ((crossings & 1) != 0)
        {
            area.Add((area.Value < 0 ? 1 : -1) * area0 / 2);
        }

        // The sum is in the clockwise sense; convert to counter-clockwise unless reversed.
        if (!reverse)
        {
            area.Negate();
        }

        if (sign)
        {
            // Put area in (-area0/2, area0/2].
            if (area.Value > area0 / 2)
            {
                area.Add(-area0);
            }
            else if (area.Value <= -area0 / 2)
            {
                area.Add(+area0);
            }
        }
        else
        {
            // Put area in [0, area0).
            if (area.Value >= area0)
            {
                area.Add(-area0);
            }
            else if (area.Value < 0)
            {
                area.Add(+area0);
            }
        }

        return 0 + area.Value;
    }

    /// <summary>1 or -1 if the edge crosses the prime meridian eastwards or westwards, else 0.</summary>
    private static int Transit(double lon1, double lon2)
    {
        // lon12 is computed exactly as in Geodesic.Inverse so both agree on the crossing.
        double lon12 = Geodesic.AngDiff(lon1, lon2, out _);
        lon1 = Geodesic.AngNormalize(lon1);
        lon2 = Geodesic.AngNormalize(lon2);
        return lon12 > 0 && ((lon1 < 0 && lon2 >= 0) || (lon1 > 0 && lon2 == 0)) ? 1 :
            (lon12 < 0 && lon1 >= 0 && lon2 < 0 ? -1 : 0);
    }
}
