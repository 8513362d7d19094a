// Ported from GeographicLib-C (src/geodesic.c: geod_lineinit_int, geod_lineinit, geod_genposition),
// C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013),
// https://doi.org/10.1007/s00190-012-0578-z
// Copyright (c) Charles Karney (2012-2022) <charles@karney.com>, MIT/X11 licence,
// https://geographiclib.sourceforge.io/
namespace Safeground.Geodesy;

/// <summary>
/// One geodesic, fixed by a start point and azimuth, on which positions are computed at given
/// distances (the direct problem). Setting a line up costs about as much as one direct problem;
/// each further position is cheaper, which is what snapping many points onto one edge needs.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// All series coefficients are always computed (upstream's caps mask is dropped): the extra set-up
/// cost is a few hundred flops and it keeps every output of <see cref="GenPosition"/> available.
/// </remarks>
internal sealed class GeodesicLine
{
    private readonly double _a;
    private readonly double _f;
    private readonly double _b;
    private readonly double _c2;
    private readonly double _f1;
    private readonly double _salp1;
    private readonly double _calp1;
    private readonly double _dn1;
    private readonly double _salp0;
    private readonly double _calp0;
    private readonly double _ssig1;
    private readonly double _csig1;
    private readonly double _somg1;
    private readonly double _comg1;
    private readonly double _k2;
    private readonly double _a1m1;
    private readonly double _a2m1;
    private readonly double _a3c;
    private readonly double _b11;
    private readonly double _b21;
    private readonly double _b31;
    private readonly double _a4;
    private readonly double _b41;
    private readonly double _stau1;
    private readonly double _ctau1;
    private readonly double[] _c1a = new double[Geodesic.NC1 + 1];
    private readonly double[] _c1pa = new double[Geodesic.NC1p + 1];
    private readonly double[] _c2a = new double[Geodesic.NC2 + 1];
    private readonly double[] _c3a = new double[Geodesic.NC3];
    private readonly double[] _c4a = new double[Geodesic.NC4];

    /// <summary>The line from (lat1, lon1) with azimuth azi1 (degrees, clockwise from north).</summary>
    public GeodesicLine(Geodesic g, double lat1, double lon1, double azi1)
    {
        ArgumentNullException.ThrowIfNull(g);
        azi1 = Geodesic.AngNormalize(azi1);
        // AngRound guards against underflow in salp0.
        Geodesic.SinCosd(Geodesic.AngRound(azi1), out double salp1, out double calp1);

        _a = g.A;
        _f = g.F;
        _b = g.B;
        _c2 = g.C2;
        _f1 = g.F1;
        Lat1 = Geodesic.LatFix(lat1);
        Lon1 = lon1;
        Azi1 = azi1;
        _salp1 = salp1;
        _calp1 = calp1;

        Geodesic.SinCosd(Geodesic.AngRound(Lat1), out double sbet1, out double cbet1);
        sbet1 *= _f1;
        // Ensure cbet1 = +epsilon at the poles.
        Geodesic.Norm2(ref sbet1, ref cbet1);
        cbet1 = Math.Max(Geodesic.Tiny, cbet1);
        _dn1 = Math.Sqrt(1 + g.Ep2 * Geodesic.Sq(sbet1));

        // sin(alp1) * cos(bet1) = sin(alp0), alp0 in [0, pi/2 - |bet1|]; hypot(calp1, salp1 * sbet1)
        // rather than hypot(sbet1, calp1 * cbet1) is better when salp1 = 0.
        _salp0 = _salp1 * cbet1;
        _calp0 = Geodesic.Hypot(_calp1, _salp1 * sbet1);
        // sig1 from tan(bet1) = tan(sig1) * cos(alp1), with sig = 0 at the northward equator
        // crossing; omg1 from tan(omg1) = sin(alp0) * tan(sig1). cbet1 = +epsilon at the poles means
        // no atan2(0, 0) ambiguity there.
        _ssig1 = sbet1;
        _somg1 = _salp0 * sbet1;
        _csig1 = _comg1 = sbet1 != 0 || _calp1 != 0 ? cbet1 * _calp1 : 1;
        Geodesic.Norm2(ref _ssig1, ref _csig1); // sig1 in (-pi, pi]; omg1 need not be normalised

        _k2 = Geodesic.Sq(_calp0) * g.Ep2;
        double eps = _k2 / (2 * (1 + Math.Sqrt(1 + _k2)) + _k2);

        _a1m1 = Geodesic.A1m1f(eps);
        Geodesic.C1f(eps, _c1a);
        _b11 = Geodesic.SinCosSeries(true, _ssig1, _csig1, _c1a, Geodesic.NC1);
        double s = Math.Sin(_b11), c = Math.Cos(_b11);
        // tau1 = sig1 + B11
        _stau1 = _ssig1 * c + _csig1 * s;
        _ctau1 = _csig1 * c - _ssig1 * s;
        // No need for B11 = -SinCosSeries(true, stau1, ctau1, C1pa, NC1p): C1pa reverts C1a.
        Geodesic.C1pf(eps, _c1pa);

        _a2m1 = Geodesic.A2m1f(eps);
        Geodesic.C2f(eps, _c2a);
        _b21 = Geodesic.SinCosSeries(true, _ssig1, _csig1, _c2a, Geodesic.NC2);

        g.C3f(eps, _c3a);
        _a3c = -_f * _salp0 * g.A3f(eps);
        _b31 = Geodesic.SinCosSeries(true, _ssig1, _csig1, _c3a, Geodesic.NC3 - 1);

        g.C4f(eps, _c4a);
        // Multiplier = a^2 * e^2 * cos(alpha0) * sin(alpha0).
        _a4 = Geodesic.Sq(_a) * _calp0 * _salp0 * g.E2;
        _b41 = Geodesic.SinCosSeries(false, _ssig1, _csig1, _c4a, Geodesic.NC4);
    }

    /// <summary>Latitude of the start point (degrees).</summary>
    public double Lat1 { get; }

    /// <summary>Longitude of the start point (degrees), as given.</summary>
    public double Lon1 { get; }

    /// <summary>Azimuth at the start point (degrees, normalised to [-180, 180]).</summary>
    public double Azi1 { get; }

    /// <summary>Which outputs <see cref="GenPosition"/> must compute.</summary>
    [Flags]
    internal enum Outputs
    {
        None = 0,
        Latitude = 1,
        Longitude = 2,
        Azimuth = 4,
        Distance = 8,
        ReducedLength = 16,
        GeodesicScale = 32,
        Area = 64,
        Position = Latitude | Longitude | Azimuth,
        All = Position | Distance | ReducedLength | GeodesicScale | Area,
    }

    /// <summary>
    /// The point at distance <paramref name="s12"/> (m) along the line: latitude, longitude
    /// (unrolled: lon1 + the signed longitude travelled, so a point just west of lon1 is never
    /// reported 360° away) and azimuth, degrees.
    /// </summary>
    public void Position(double s12, out double lat2, out double lon2, out double azi2) =>
        GenPosition(false, s12, Outputs.Position, unroll: true,
            out lat2, out lon2, out azi2, out _, out _, out _, out _, out _);

    /// <summary>
    /// The general position: <paramref name="arcMode"/> says whether <paramref name="s12A12"/> is a
    /// distance (m) or an arc length on the auxiliary sphere (degrees). Without
    /// <paramref name="unroll"/> lon2 is reduced to [-180, 180] as GeodSolve prints it.
    /// Returns the arc length a12 (degrees).
    /// </summary>
    public double GenPosition(bool arcMode, double s12A12, Outputs outmask, bool unroll,
        out double lat2, out double lon2, out double azi2, out double s12,
        out double m12, out double bigM12, out double bigM21, out double area12)
    {
        lat2 = lon2 = azi2 = s12 = m12 = bigM12 = bigM21 = area12 = 0;
        double sig12, ssig12, csig12, b12 = 0, ab1 = 0;
        double ssig2, csig2;

        if (arcMode)
        {
            // s12A12 is the spherical arc length.
            sig12 = s12A12 * Geodesic.Degree;
            Geodesic.SinCosd(s12A12, out ssig12, out csig12);
        }
        else
        {
            // s12A12 is the distance: tau12 from it, then sig12 by reverting the B1 series.
            double tau12 = s12A12 / (_b * (1 + _a1m1));
            double s = Math.Sin(tau12), c = Math.Cos(tau12);
            // tau2 = tau1 + tau12
            b12 = -Geodesic.SinCosSeries(true, _stau1 * c + _ctau1 * s, _ctau1 * c - _stau1 * s, _c1pa, Geodesic.NC1p);
            sig12 = tau12 - (b12 - _b11);
            ssig12 = Math.Sin(sig12);
            csig12 = Math.Cos(sig12);
            if (Math.Abs(_f) > 0.01)
            {
                // The reverted series is inaccurate for |f| > 1/100 (never so for WGS84), so correct
                // sig12 with one Newton iteration, as upstream does.
                ssig2 = _ssig1 * csig12 + _csig1 * ssig12;
                csig2 = _csig1 * csig12 - _ssig1 * ssig12;
                b12 = Geodesic.SinCosSeries(true, ssig2, csig2, _c1a, Geodesic.NC1);
                double serr = (1 + _a1m1) * (sig12 + (b12 - _b11)) - s12A12 / _b;
                sig12 -= serr / Math.Sqrt(1 + _k2 * Geodesic.Sq(ssig2));
                ssig12 = Math.Sin(sig12);
                csig12 = Math.Cos(sig12);
                // B12 is updated below.
            }
        }

        // sig2 = sig1 + sig12
        ssig2 = _ssig1 * csig12 + _csig1 * ssig12;
        csig2 = _csig1 * csig12 - _ssig1 * ssig12;
        double dn2 = Math.Sqrt(1 + _k2 * Geodesic.Sq(ssig2));
        if ((outmask & (Outputs.Distance | Outputs.ReducedLength | Outputs.GeodesicScale)) != 0)
        {
            if (arcMode || Math.Abs(_f) > 0.01)
            {
                b12 = Geodesic.SinCosSeries(true, ssig2, csig2, _c1a, Geodesic.NC1);
            }

            ab1 = (1 + _a1m1) * (b12 - _b11);
        }

        // sin(bet2) = cos(alp0) * sin(sig2)
        double sbet2 = _calp0 * ssig2;
        // Alternatively cbet2 = hypot(csig2, salp0 * ssig2).
        double cbet2 = Geodesic.Hypot(_salp0, _calp0 * csig2);
        if (cbet2 == 0)
        {
            // salp0 = 0 and csig2 = 0: break the degeneracy.
            cbet2 = csig2 = Geodesic.Tiny;
        }

        // tan(alp0) = cos(sig2) * tan(alp2); no need to normalise.
        double salp2 = _salp0, calp2 = _calp0 * csig2;

        if ((outmask & Outputs.Distance) != 0)
        {
            s12 = arcMode ? _b * ((1 + _a1m1) * sig12 + ab1) : s12A12;
        }

        if ((outmask & Outputs.Longitude) != 0)
        {
            double e = Math.CopySign(1, _salp0); // east- or west-going
            // tan(omg2) = sin(alp0) * tan(sig2); no need to normalise.
            double somg2 = _salp0 * ssig2, comg2 = csig2;
            // omg12 = omg2 - omg1; the unrolled form counts whole turns so lon2 is continuous.
            double omg12 = unroll
                ? e * (sig12
                       - (Math.Atan2(ssig2, csig2) - Math.Atan2(_ssig1, _csig1))
                       + (Math.Atan2(e * somg2, comg2) - Math.Atan2(e * _somg1, _comg1)))
                : Math.Atan2(somg2 * _comg1 - comg2 * _somg1, comg2 * _comg1 + somg2 * _somg1);
            double lam12 = omg12 + _a3c *
                (sig12 + (Geodesic.SinCosSeries(true, ssig2, csig2, _c3a, Geodesic.NC3 - 1) - _b31));
            double lon12 = lam12 / Geodesic.Degree;
            lon2 = unroll ? Lon1 + lon12 : Geodesic.AngNormalize(Geodesic.AngNormalize(Lon1) + Geodesic.AngNormalize(lon12));
        }

        if ((outmask & Outputs.Latitude) != 0)
        {
            lat2 = Geodesic.Atan2d(sbet2, _f1 * cbet2);
        }

        if ((outmask & Outputs.Azimuth) != 0)
        {
            azi2 = Geodesic.Atan2d(salp2, calp2);
        }

        if ((outmask & (Outputs.ReducedLength | Outputs.GeodesicScale)) != 0)
        {
            double b22 = Geodesic.SinCosSeries(true, ssig2, csig2, _c2a, Geodesic.NC2);
            double ab2 = (1 + _a2m1) * (b22 - _b21);
            double j12 = (_a1m1 - _a2m1) * sig12 + (ab1 - ab2);
            if ((outmask & Outputs.ReducedLength) != 0)
            {
                // The parentheses around (csig1 * ssig2) and (ssig1 * csig2) ensure accurate
                // cancellation for coincident points.
                m12 = _b * ((dn2 * (_csig1 * ssig2) - _dn1 * (_ssig1 * csig2)) - _csig1 * csig2 * j12);
            }

            if ((outmask & Outputs.GeodesicScale) != 0)
            {
                double t = _k2 * (ssig2 - _ssig1) * (ssig2 + _ssig1) / (_dn1 + dn2);
                bigM12 = csig12 + (t * ssig2 - csig2 * j12) * _ssig1 / _dn1;
                bigM21 = csig12 - (t * _ssig1 - _csig1 * j12) * ssig2 / dn2;
            }
        }

        if ((outmask & Outputs.Area) != 0)
        {
            double b42 = Geodesic.SinCosSeries(false, ssig2, csig2, _c4a, Geodesic.NC4);
            double salp12, calp12;
            if (_calp0 == 0 || _salp0 == 0)
            {
                // alp12 = alp2 - alp1, used in atan2 so no need to normalise.
                salp12 = salp2 * _calp1 - calp2 * _salp1;
                calp12 = calp2 * _calp1 + salp2 * _salp1;
            }
            else
            {
                // tan(alp) = tan(alp0) * sec(sig), so
                // tan(alp2 - alp1) = calp0 * salp0 * (csig1 - csig2) / (salp0^2 + calp0^2 * csig1 * csig2),
                // with csig1 - csig2 written to avoid cancellation on either side of csig12 = 0.
                salp12 = _calp0 * _salp0 *
                         (csig12 <= 0
                             ? _csig1 * (1 - csig12) + ssig12 * _ssig1
                             : ssig12 * (_csig1 * ssig12 / (1 + csig12) + _ssig1));
                calp12 = Geodesic.Sq(_salp0) + Geodesic.Sq(_calp0) * _csig1 * csig2;
            }

            area12 = _c2 * Math.Atan2(salp12, calp12) + _a4 * (b42 - _b41);
        }

        return arcMode ? s12A12 : sig12 / Geodesic.Degree;
    }
}
