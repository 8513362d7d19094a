// Ported from GeographicLib-C (src/geodesic.c: geod_direct, geod_gendirect), C. F. F. Karney,
// "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013), https://doi.org/10.1007/s00190-012-0578-z
// Copyright (c) Charles Karney (2012-2022) <charles@karney.com>, MIT/X11 licence,
// https://geographiclib.sourceforge.io/
namespace Safeground.Geodesy;

/// <summary>The direct problem: where a geodesic from a point with a given azimuth is after a given distance.</summary>
internal sealed partial class Geodesic
{
    /// <summary>
    /// The point at distance <paramref name="s12"/> (m) from (lat1, lon1) along azimuth
    /// <paramref name="azi1"/> (degrees): latitude, unrolled longitude and forward azimuth there.
    /// </summary>
    public void Direct(double lat1, double lon1, double azi1, double s12, out double lat2, out double lon2, out double azi2) =>
        new GeodesicLine(this, lat1, lon1, azi1).Position(s12, out lat2, out lon2, out azi2);

    /// <summary>
    /// The general direct problem, every output of geod_gendirect. <paramref name="arcMode"/> says
    /// whether <paramref name="s12A12"/> is a distance (m) or an arc length (degrees);
    /// <paramref name="unroll"/> as in <see cref="GeodesicLine.GenPosition"/>. Returns a12 (degrees).
    /// </summary>
    public double GenDirect(double lat1, double lon1, double azi1, bool arcMode, double s12A12, bool unroll,
        out double lat2, out double lon2, out double azi2, out double s12,
        out double m12, out double bigM12, out double bigM21, out double area12) =>
        new GeodesicLine(this, lat1, lon1, azi1).GenPosition(arcMode, s12A12, GeodesicLine.Outputs.All, unroll,
            out lat2, out lon2, out azi2, out s12, out m12, out bigM12, out bigM21, out area12);
}
