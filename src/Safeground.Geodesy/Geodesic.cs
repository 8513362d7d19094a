// Ported from GeographicLib-C (src/geodesic.c), C. F. F. Karney,
// "Algorithms for geodesics", J. Geodesy 87, 43-55 (2013), https://doi.org/10.1007/s00190-012-0578-z
// Copyright (c) Charles Karney (2012-2022) <charles@karney.com>, MIT/X11 licence,
// https://geographiclib.sourceforge.io/ . The inverse problem (with distance, reduced length and
// area S12) serves polygon area; the direct problem (GeodesicLine, geod_gendirect) serves snapping
// overlay vertices onto geodesic edges so that split polygons keep their total area.
namespace Safeground.Geodesy;

/// <summary>
/// Geodesic calculations on an ellipsoid of revolution (series to order 6, accurate to round-off
/// for |f| &lt; 1/50). Instances are immutable and thread-safe.
/// </summary>
internal sealed partial class Geodesic
{
    private const int Order = 6;
    private const int NA3 = Order;
    internal const int NC1 = Order;
    internal const int NC1p = Order;
    internal const int NC2 = Order;
    internal const int NC3 = Order;
    private const int NC3X = NC3 * (NC3 - 1) / 2;
    internal const int NC4 = Order;
    private const int NC4X = NC4 * (NC4 + 1) / 2;

    /// <summary>Scratch size for series coefficients (index 0 is unused by sine series).</summary>
    internal const int NC = Order + 1;

    private const double Qd = 90;
    private const double Hd = 180;
    private const double Td = 360;
    internal const double Degree = Math.PI / Hd;

    // DBL_EPSILON / DBL_MIN: .NET's double.Epsilon is the smallest denormal, not what C means.
    private const double Tol0 = 2.220446049250313e-16;
    private const double RealMin = 2.2250738585072014e-308;
    private const int Digits = 53;
    private const int MaxIt1 = 20;
    private const int MaxIt2 = MaxIt1 + Digits + 10;

    internal static readonly double Tiny = Math.Sqrt(RealMin);

    // 200 rather than 100: fixes an inverse case that failed with Visual Studio 10 upstream.
    private const double Tol1 = 200 * Tol0;
    private static readonly double Tol2 = Math.Sqrt(Tol0);
    private const double Tolb = Tol0;
    private static readonly double XThresh = 1000 * Tol2;

    private readonly double[] _a3x = new double[NA3];
    private readonly double[] _c3x = new double[NC3X];
    private readonly double[] _c4x = new double[NC4X];

    /// <summary>WGS84: a = 6378137 m, f = 1/298.257223563.</summary>
    public static Geodesic Wgs84 { get; } = new(6378137, 1 / 298.257223563);

    public Geodesic(double a, double f)
    {
        A = a;
        F = f;
        F1 = 1 - f;
        E2 = f * (2 - f);
        Ep2 = E2 / Sq(F1);
        N = f / (2 - f);
        B = a * F1;
        C2 = (Sq(a) + Sq(B) *
              (E2 == 0 ? 1 :
               (E2 > 0 ? Math.Atanh(Math.Sqrt(E2)) : Math.Atan(Math.Sqrt(-E2))) /
               Math.Sqrt(Math.Abs(E2)))) / 2;
        // Threshold on sig12 for "really short" lines, where the auxiliary-sphere solution with dnm
        // at the mid latitude is already accurate (0.1 is a safety factor; see geodesic.c).
        Etol2 = 0.1 * Tol2 / Math.Sqrt(Math.Max(0.001, Math.Abs(f)) * Math.Min(1.0, 1 - f / 2) / 2);
        A3Coeff();
        C3Coeff();
        C4Coeff();
    }

    /// <summary>Equatorial radius (m).</summary>
    public double A { get; }

    /// <summary>Flattening.</summary>
    public double F { get; }

    internal double F1 { get; }

    internal double E2 { get; }

    internal double Ep2 { get; }

    private double N { get; }

    internal double B { get; }

    /// <summary>Authalic radius squared (m²).</summary>
    public double C2 { get; }

    private double Etol2 { get; }

    /// <summary>Total area of the ellipsoid (m²).</summary>
    public double EllipsoidArea => 4 * Math.PI * C2;

    /// <summary>
    /// Inverse problem between (lat1, lon1) and (lat2, lon2), degrees.
    /// Returns the arc length a12 (degrees); s12 in m, azimuths in degrees, S12 in m².
    /// </summary>
    public double Inverse(double lat1, double lon1, double lat2, double lon2,
        out double s12, out double azi1, out double azi2, out double m12, out double area12)
    {
        double a12 = GenInverse(lat1, lon1, lat2, lon2, InverseMask.All,
            out s12, out double salp1, out double calp1, out double salp2, out double calp2, out m12, out area12);
        azi1 = Atan2d(salp1, calp1);
        azi2 = Atan2d(salp2, calp2);
        return a12;
    }

    /// <summary>Distance s12 (m) and area S12 (m²) between two points; what polygon area needs.</summary>
    public void InverseDistanceArea(double lat1, double lon1, double lat2, double lon2, out double s12, out double area12) =>
        GenInverse(lat1, lon1, lat2, lon2, InverseMask.Distance | InverseMask.Area,
            out s12, out _, out _, out _, out _, out _, out area12);

    /// <summary>Which outputs <see cref="GenInverse"/> must compute.</summary>
    [Flags]
    internal enum InverseMask
    {
        None = 0,
        Distance = 1,
        ReducedLength = 2,
        Area = 4,
        All = Distance | ReducedLength | Area,
    }

    internal double GenInverse(double lat1, double lon1, double lat2, double lon2, InverseMask outmask,
        out double s12, out double salp1, out double calp1, out double salp2, out double calp2,
        out double m12, out double area12)
    {
        s12 = 0;
        m12 = 0;
        area12 = 0;
        double s12x = 0, m12x = 0;
        double a12 = 0, sig12;
        calp1 = 0;
        salp1 = 0;
        calp2 = 0;
        salp2 = 0;
        Span<double> ca = stackalloc double[NC];
        // somg12 == 2 marks that it still needs to be calculated.
        double omg12 = 0, somg12 = 2, comg12 = 0;

        // Compute the longitude difference carefully; result in [-180, 180], -180 only for
        // west-going geodesics.
        double lon12 = AngDiff(lon1, lon2, out double lon12s);
        // Make the longitude difference positive.
        int lonsign = double.IsNegative(lon12) ? -1 : 1;
        lon12 *= lonsign;
        lon12s *= lonsign;
        double lam12 = lon12 * Degree;
        // sincos of lon12 + error (AngRound is applied inside).
        SinCosde(lon12, lon12s, out double slam12, out double clam12);
        lon12s = (Hd - lon12) - lon12s; // the supplementary longitude difference

        // If really close to the equator, treat as on the equator.
        lat1 = AngRound(LatFix(lat1));
        lat2 = AngRound(LatFix(lat2));
        // Swap points so that the point with the higher (abs) latitude is point 1;
        // if one latitude is NaN it becomes lat1.
        int swapp = Math.Abs(lat1) < Math.Abs(lat2) || double.IsNaN(lat2) ? -1 : 1;
        if (swapp < 0)
        {
            lonsign *= -1;
            (lat1, lat2) = (lat2, lat1);
        }

        // Make lat1 <= -0.
        int latsign = double.IsNegative(lat1) ? 1 : -1;
        lat1 *= latsign;
        lat2 *= latsign;
        // Now 0 <= lon12 <= 180, -90 <= lat1 <= -0, lat1 <= lat2 <= -lat1: few cases to check
        // in atan2 quadrants, and symmetries of the results are enforced.
        SinCosd(lat1, out double sbet1, out double cbet1);
        sbet1 *= F1;
        // Ensure cbet1 = +epsilon at the poles.
        Norm2(ref sbet1, ref cbet1);
        cbet1 = Math.Max(Tiny, cbet1);

        SinCosd(lat2, out double sbet2, out double cbet2);
        sbet2 *= F1;
        Norm2(ref sbet2, ref cbet2);
        cbet2 = Math.Max(Tiny, cbet2);

        // If cbet1 < -sbet1, cbet2 - cbet1 is a sensitive measure of |bet1| - |bet2|; otherwise
        // abs(sbet2) + sbet1 is. When these vanish force bet2 = +/- bet1 exactly (Lambda12 relies on it).
        if (cbet1 < -sbet1)
        {
            if (cbet2 == cbet1)
            {
                sbet2 = Math.CopySign(sbet1, sbet2);
            }
        }
        else
        {
            if (Math.Abs(sbet2) == -sbet1)
            {
                cbet2 = cbet1;
            }
        }

        double dn1 = Math.Sqrt(1 + Ep2 * Sq(sbet1));
        double dn2 = Math.Sqrt(1 + Ep2 * Sq(sbet2));

        bool meridian = lat1 == -Qd || slam12 == 0;

        if (meridian)
        {
            // Endpoints are on a single full meridian, so the geodesic might lie on a meridian.
            calp1 = clam12;
            salp1 = slam12; // head to the target longitude
            calp2 = 1;
            salp2 = 0; // at the target we're heading north

            // tan(bet) = tan(sig) * cos(alp)
            double ssig1 = sbet1, csig1 = calp1 * cbet1;
            double ssig2 = sbet2, csig2 = calp2 * cbet2;

            // sig12 = sig2 - sig1
            sig12 = Math.Atan2(Math.Max(0.0, csig1 * ssig2 - ssig1 * csig2) + 0, csig1 * csig2 + ssig1 * ssig2);
            Lengths(N, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, true, true,
                out s12x, out m12x, out _, ca);
            // The sig12 check is because zero-length geodesics might yield m12 < 0; and a meridional
            // geodesic with sig12 > pi/2 is not a shortest path.
            if (sig12 < 1 || m12x >= 0)
            {
                // Need at least 2, to handle 90 0 90 180; prevent negative s12 or m12 for short lines.
                if (sig12 < 3 * Tiny || (sig12 < Tol0 && (s12x < 0 || m12x < 0)))
                {
                    sig12 = m12x = s12x = 0;
                }

                m12x *= B;
                s12x *= B;
                a12 = sig12 / Degree;
            }
            else
            {
                // m12 < 0, i.e., prolate and too close to anti-podal.
                meridian = false;
            }
        }

        if (!meridian && sbet1 == 0 && (F <= 0 || lon12s >= F * Hd))
        {
            // Geodesic runs along the equator (mimics how Lambda12 works with calp1 = 0).
            calp1 = calp2 = 0;
            salp1 = salp2 = 1;
            s12x = A * lam12;
            sig12 = omg12 = lam12 / F1;
            m12x = B * Math.Sin(sig12);
            a12 = lon12 / F1;
        }
        else if (!meridian)
        {
            // Now both points lie within a hemisphere bounded by a meridian and the geodesic is
            // neither meridional nor equatorial. Find a starting point for Newton's method.
            double dnm = 0;
            sig12 = InverseStart(sbet1, cbet1, dn1, sbet2, cbet2, dn2, lam12, slam12, clam12,
                ref salp1, ref calp1, ref salp2, ref calp2, ref dnm, ca);

            if (sig12 >= 0)
            {
                // Short lines (InverseStart set salp2, calp2, dnm).
                s12x = sig12 * B * dnm;
                m12x = Sq(dnm) * B * Math.Sin(sig12 / dnm);
                a12 = sig12 / Degree;
                omg12 = lam12 / (F1 * dnm);
            }
            else
            {
                // Newton's method on f(alp1) = lambda12(alp1) - lam12 = 0. f has exactly one root in
                // (0, pi) with positive derivative there, so a bracket (alp1a, alp1b) is kept and
                // Newton is replaced by bisection whenever it would leave it or the slope is not positive.
                double ssig1 = 0, csig1 = 0, ssig2 = 0, csig2 = 0, eps = 0, domg12 = 0;
                int numit = 0;
                double salp1a = Tiny, calp1a = 1, salp1b = Tiny, calp1b = -1;
                bool tripn = false;
                bool tripb = false;
                for (; ; ++numit)
                {
                    double v = Lambda12(sbet1, cbet1, dn1, sbet2, cbet2, dn2, salp1, calp1, slam12, clam12,
                        out salp2, out calp2, out sig12, out ssig1, out csig1, out ssig2, out csig2,
                        out eps, out domg12, numit < MaxIt1, out double dv, ca);
                    // Reversed test to allow escape with NaNs.
                    if (tripb || !(Math.Abs(v) >= (tripn ? 8 : 1) * Tol0) || numit == MaxIt2)
                    {
                        break;
                    }

                    // Update bracketing values.
                    if (v > 0 && (numit > MaxIt1 || calp1 / salp1 > calp1b / salp1b))
                    {
                        salp1b = salp1;
                        calp1b = calp1;
                    }
                    else if (v < 0 && (numit > MaxIt1 || calp1 / salp1 < calp1a / salp1a))
                    {
                        salp1a = salp1;
                        calp1a = calp1;
                    }

                    if (numit < MaxIt1 && dv > 0)
                    {
                        double dalp1 = -v / dv;
                        if (Math.Abs(dalp1) < Math.PI)
                        {
                            double sdalp1 = Math.Sin(dalp1), cdalp1 = Math.Cos(dalp1);
                            double nsalp1 = salp1 * cdalp1 + calp1 * sdalp1;
                            if (nsalp1 > 0)
                            {
                                calp1 = calp1 * cdalp1 - salp1 * sdalp1;
                                salp1 = nsalp1;
                                Norm2(ref salp1, ref calp1);
                                // Where slope -> 0 convergence is not quadratic, so test against
                                // epsilon rather than sqrt(epsilon).
                                tripn = Math.Abs(v) <= 16 * Tol0;
                                continue;
                            }
                        }
                    }

                    // dv was not positive or the update left the legal range: bisect the bracket.
                    salp1 = (salp1a + salp1b) / 2;
                    calp1 = (calp1a + calp1b) / 2;
                    Norm2(ref salp1, ref calp1);
                    tripn = false;
                    tripb = Math.Abs(salp1a - salp1) + (calp1a - calp1) < Tolb ||
                            Math.Abs(salp1 - salp1b) + (calp1 - calp1b) < Tolb;
                }

                Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, true, true,
                    out s12x, out m12x, out _, ca);
                m12x *= B;
                s12x *= B;
                a12 = sig12 / Degree;
                if ((outmask & InverseMask.Area) != 0)
                {
                    // omg12 = lam12 - domg12
                    double sdomg12 = Math.Sin(domg12), cdomg12 = Math.Cos(domg12);
                    somg12 = slam12 * cdomg12 - clam12 * sdomg12;
                    comg12 = clam12 * cdomg12 + slam12 * sdomg12;
                }
            }
        }

        if ((outmask & InverseMask.Distance) != 0)
        {
            s12 = 0 + s12x; // convert -0 to 0
        }

        if ((outmask & InverseMask.ReducedLength) != 0)
        {
            m12 = 0 + m12x;
        }

        if ((outmask & InverseMask.Area) != 0)
        {
            // From Lambda12: sin(alp1) * cos(bet1) = sin(alp0)
            double salp0 = salp1 * cbet1;
            double calp0 = Hypot(calp1, salp1 * sbet1); // calp0 > 0
            double alp12;
            double s12Area;
            if (calp0 != 0 && salp0 != 0)
            {
                // From Lambda12: tan(bet) = tan(sig) * cos(alp)
                double ssig1 = sbet1, csig1 = calp1 * cbet1;
                double ssig2 = sbet2, csig2 = calp2 * cbet2;
                double k2 = Sq(calp0) * Ep2;
                double eps = k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
                // Multiplier = a^2 * e^2 * cos(alpha0) * sin(alpha0).
                double a4 = Sq(A) * calp0 * salp0 * E2;
                Norm2(ref ssig1, ref csig1);
                Norm2(ref ssig2, ref csig2);
                C4f(eps, ca);
                double b41 = SinCosSeries(false, ssig1, csig1, ca, NC4);
                double b42 = SinCosSeries(false, ssig2, csig2, ca, NC4);
                s12Area = a4 * (b42 - b41);
            }
            else
            {
                // Avoid problems with indeterminate sig1, sig2 on the equator.
                s12Area = 0;
            }

            if (!meridian && somg12 == 2)
            {
                somg12 = Math.Sin(omg12);
                comg12 = Math.Cos(omg12);
            }

            if (!meridian && comg12 > -0.7071 && sbet2 - sbet1 < 1.75)
            {
                // Longitude and latitude differences not too big (omg12 < 3/4 pi): use
                // tan(Gamma/2) = tan(omg12/2) * (tan(bet1/2)+tan(bet2/2))/(1+tan(bet1/2)*tan(bet2/2))
                // with tan(x/2) = sin(x)/(1+cos(x)), which is accurate for short edges.
                double domg12 = 1 + comg12, dbet1 = 1 + cbet1, dbet2 = 1 + cbet2;
                alp12 = 2 * Math.Atan2(somg12 * (sbet1 * dbet2 + sbet2 * dbet1),
                    domg12 * (sbet1 * sbet2 + dbet1 * dbet2));
            }
            else
            {
                // alp12 = alp2 - alp1, used in atan2 so no need to normalize.
                double salp12 = salp2 * calp1 - calp2 * salp1;
                double calp12 = calp2 * calp1 + salp2 * salp1;
                // alp1 = +/-180 with alp2 = 0 must give alp12 = -180, which hinges on the sign of
                // zero; force it.
                if (salp12 == 0 && calp12 < 0)
                {
                    salp12 = Tiny * calp1;
                    calp12 = -1;
                }

                alp12 = Math.Atan2(salp12, calp12);
            }

            s12Area += C2 * alp12;
            s12Area *= swapp * lonsign * latsign;
            area12 = s12Area + 0; // convert -0 to 0
        }

        // Convert calp, salp to azimuths accounting for lonsign, swapp, latsign.
        if (swapp < 0)
        {
            (salp1, salp2) = (salp2, salp1);
            (calp1, calp2) = (calp2, calp1);
        }

        salp1 *= swapp * lonsign;
        calp1 *= swapp * latsign;
        salp2 *= swapp * lonsign;
        calp2 *= swapp * latsign;

        // Returned value in [0, 180].
        return a12;
    }

    internal static double SinCosSeries(bool sinp, double sinx, double cosx, ReadOnlySpan<double> c, int n)
    {
        // Evaluate y = sinp ? sum(c[i] * sin(2*i * x), i, 1, n) : sum(c[i] * cos((2*i+1) * x), i, 0, n-1)
        // by Clenshaw summation; c[0] is unused for the sine series.
        int k = n + (sinp ? 1 : 0); // one beyond the last element
        double ar = 2 * (cosx - sinx) * (cosx + sinx); // 2 * cos(2 * x)
        double y0 = (n & 1) != 0 ? c[--k] : 0, y1 = 0;
        n /= 2;
        while (n-- > 0)
        {
            // Unrolled x 2 so the accumulators return to their original roles.
            y1 = ar * y0 - y1 + c[--k];
            y0 = ar * y1 - y0 + c[--k];
        }

        return sinp
            ? 2 * sinx * cosx * y0 // sin(2 * x) * y0
            : cosx * (y0 - y1); // cos(x) * (y0 - y1)
    }

    /// <summary>
    /// s12b = distance / b and m12b = reduced length / b, plus m0, the coefficient of the secular
    /// term of the reduced length. M12/M21 of the original are omitted (not needed for area).
    /// </summary>
    private void Lengths(double eps, double sig12,
        double ssig1, double csig1, double dn1, double ssig2, double csig2, double dn2,
        bool wantS12b, bool wantRedl, out double s12b, out double m12b, out double m0, Span<double> ca)
    {
        s12b = 0;
        m12b = 0;
        m0 = 0;
        double j12 = 0, a1 = 0, a2 = 0;
        Span<double> cb = stackalloc double[NC];

        if (wantS12b || wantRedl)
        {
            a1 = A1m1f(eps);
            C1f(eps, ca);
            if (wantRedl)
            {
                a2 = A2m1f(eps);
                C2f(eps, cb);
                m0 = a1 - a2;
                a2 = 1 + a2;
            }

            a1 = 1 + a1;
        }

        if (wantS12b)
        {
            double b1 = SinCosSeries(true, ssig2, csig2, ca, NC1) - SinCosSeries(true, ssig1, csig1, ca, NC1);
            // Missing a factor of b.
            s12b = a1 * (sig12 + b1);
            if (wantRedl)
            {
                double b2 = SinCosSeries(true, ssig2, csig2, cb, NC2) - SinCosSeries(true, ssig1, csig1, cb, NC2);
                j12 = m0 * sig12 + (a1 * b1 - a2 * b2);
            }
        }
        else if (wantRedl)
        {
            // Relies on NC1 >= NC2.
            for (int l = 1; l <= NC2; ++l)
            {
                cb[l] = a1 * ca[l] - a2 * cb[l];
            }

            j12 = m0 * sig12 + (SinCosSeries(true, ssig2, csig2, cb, NC2) - SinCosSeries(true, ssig1, csig1, cb, NC2));
        }

        if (wantRedl)
        {
            // Missing a factor of b. The parentheses around (csig1 * ssig2) and (ssig1 * csig2)
            // ensure accurate cancellation for coincident points.
            m12b = dn2 * (csig1 * ssig2) - dn1 * (ssig1 * csig2) - csig1 * csig2 * j12;
        }
    }

    private static double Astroid(double x, double y)
    {
        // Solve k^4+2*k^3-(x^2+y^2-1)*k^2-2*y^2*k-y^2 = 0 for the positive root k
        // (adapted from Geocentric::Reverse).
        double k;
        double p = Sq(x), q = Sq(y), r = (p + q - 1) / 6;
        if (!(q == 0 && r <= 0))
        {
            // Multiply the equations for s and t by r^3 and r to avoid dividing by r = 0.
            double s = p * q / 4; // s = r^3 * s
            double r2 = Sq(r), r3 = r * r2;
            // Discriminant of the quadratic for T3; zero on the evolute p^(1/3)+q^(1/3) = 1.
            double disc = s * (s + 2 * r3);
            double u = r;
            if (disc >= 0)
            {
                double t3 = s + r3;
                // Pick the sign of the sqrt to maximize abs(T3), minimizing cancellation.
                t3 += t3 < 0 ? -Math.Sqrt(disc) : Math.Sqrt(disc); // T3 = (r * t)^3
                double t = Math.Cbrt(t3); // T = r * t
                // T can be zero, but then r2 / T -> 0.
                u += t + (t != 0 ? r2 / t : 0);
            }
            else
            {
                // T is complex, but u is real; choose the cube root that avoids cancellation.
                double ang = Math.Atan2(Math.Sqrt(-disc), -(s + r3));
                u += 2 * r * Math.Cos(ang / 3);
            }

            double v = Math.Sqrt(Sq(u) + q); // guaranteed positive
            // Avoid loss of accuracy when u < 0.
            double uv = u < 0 ? q / (v - u) : u + v; // u+v, guaranteed positive
            double w = (uv - q) / (2 * v);
            // Rearranged to avoid subtraction; uv > 0, w >= 0 so no division by zero.
            k = uv / (Math.Sqrt(uv + Sq(w)) + w);
        }
        else
        {
            // y = 0 with |x| <= 1.
            k = 0;
        }

        return k;
    }

    private double InverseStart(double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double lam12, double slam12, double clam12,
        ref double psalp1, ref double pcalp1, ref double psalp2, ref double pcalp2, ref double pdnm,
        Span<double> ca)
    {
        // Starting point for Newton's method in salp1/calp1 (returns -1). If Newton is not needed,
        // also salp2/calp2, and the return value is sig12.
        double salp1, calp1, salp2 = 0, calp2 = 0, dnm = 0;
        double sig12 = -1;
        // bet12 = bet2 - bet1 in [0, pi); bet12a = bet2 + bet1 in (-pi, 0]
        double sbet12 = sbet2 * cbet1 - cbet2 * sbet1;
        double cbet12 = cbet2 * cbet1 + sbet2 * sbet1;
        bool shortline = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5;
        double somg12, comg12;
        double sbet12a = sbet2 * cbet1 + cbet2 * sbet1;
        if (shortline)
        {
            // sin((bet1+bet2)/2)^2 = (sbet1 + sbet2)^2 / ((sbet1 + sbet2)^2 + (cbet1 + cbet2)^2)
            double sbetm2 = Sq(sbet1 + sbet2);
            sbetm2 /= sbetm2 + Sq(cbet1 + cbet2);
            dnm = Math.Sqrt(1 + Ep2 * sbetm2);
            double omg12 = lam12 / (F1 * dnm);
            somg12 = Math.Sin(omg12);
            comg12 = Math.Cos(omg12);
        }
        else
        {
            somg12 = slam12;
            comg12 = clam12;
        }

        salp1 = cbet2 * somg12;
        calp1 = comg12 >= 0
            ? sbet12 + cbet2 * sbet1 * Sq(somg12) / (1 + comg12)
            : sbet12a - cbet2 * sbet1 * Sq(somg12) / (1 - comg12);

        double ssig12 = Hypot(salp1, calp1);
        double csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12;

        if (shortline && ssig12 < Etol2)
        {
            // Really short lines.
            salp2 = cbet1 * somg12;
            calp2 = sbet12 - cbet1 * sbet2 * (comg12 >= 0 ? Sq(somg12) / (1 + comg12) : 1 - comg12);
            Norm2(ref salp2, ref calp2);
            sig12 = Math.Atan2(ssig12, csig12);
        }
        else if (Math.Abs(N) > 0.1 || // no astroid calculation if too eccentric
                 csig12 >= 0 ||
                 ssig12 >= 6 * Math.Abs(N) * Math.PI * Sq(cbet1))
        {
            // Nothing to do: the zeroth-order spherical approximation is OK.
        }
        else
        {
            // Scale lam12 and bet2 to x, y coordinates where the antipodal point is at the origin
            // and the singular point at y = 0, x = -1.
            double x, y, lamscale, betscale;
            double lam12x = Math.Atan2(-slam12, -clam12); // lam12 - pi
            if (F >= 0)
            {
                // x = dlong, y = dlat
                double k2 = Sq(sbet1) * Ep2;
                double eps = k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
                lamscale = F * cbet1 * A3f(eps) * Math.PI;
                betscale = lamscale * cbet1;
                x = lam12x / lamscale;
                y = sbet12a / betscale;
            }
            else
            {
                // x = dlat, y = dlong
                double cbet12a = cbet2 * cbet1 - sbet2 * sbet1;
                double bet12a = Math.Atan2(sbet12a, cbet12a);
                Lengths(N, Math.PI + bet12a, sbet1, -cbet1, dn1, sbet2, cbet2, dn2, false, true,
                    out _, out double m12b, out double m0, ca);
                x = -1 + m12b / (cbet1 * cbet2 * m0 * Math.PI);
                betscale = x < -0.01 ? sbet12a / x : -F * Sq(cbet1) * Math.PI;
                lamscale = betscale / cbet1;
                y = lam12x / lamscale;
            }

            if (y > -Tol1 && x > -1 - XThresh)
            {
                // Strip near the cut.
                if (F >= 0)
                {
                    salp1 = Math.Min(1.0, -x);
                    calp1 = -Math.Sqrt(1 - Sq(salp1));
                }
                else
                {
                    calp1 = Math.Max(x > -Tol1 ? 0.0 : -1.0, x);
                    salp1 = Math.Sqrt(1 - Sq(calp1));
                }
            }
            else
            {
                // Estimate omg12 from the astroid and use the spherical formula for alp1; this needs
                // fewer Newton iterations than estimating alp1 directly. omg12 is near pi, so work
                // with omg12a = pi - omg12.
                double k = Astroid(x, y);
                double omg12a = lamscale * (F >= 0 ? -x * k / (1 + k) : -y * (1 + k) / k);
                somg12 = Math.Sin(omg12a);
                comg12 = -Math.Cos(omg12a);
                salp1 = cbet2 * somg12;
                calp1 = sbet12a - cbet2 * sbet1 * Sq(somg12) / (1 - comg12);
            }
        }

        // Sanity check on the starting guess; the backwards test lets NaN through.
        if (!(salp1 <= 0))
        {
            Norm2(ref salp1, ref calp1);
        }
        else
        {
            salp1 = 1;
            calp1 = 0;
        }

        psalp1 = salp1;
        pcalp1 = calp1;
        if (shortline)
        {
            pdnm = dnm;
        }

        if (sig12 >= 0)
        {
            psalp2 = salp2;
            pcalp2 = calp2;
        }

        return sig12;
    }

    private double Lambda12(double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double salp1, double calp1, double slam120, double clam120,
        out double salp2, out double calp2, out double sig12,
        out double ssig1, out double csig1, out double ssig2, out double csig2,
        out double eps, out double domg12, bool diffp, out double dlam12, Span<double> ca)
    {
        dlam12 = 0;
        if (sbet1 == 0 && calp1 == 0)
        {
            // Break the degeneracy of the equatorial line (already handled by the caller).
            calp1 = -Tiny;
        }

        // sin(alp1) * cos(bet1) = sin(alp0)
        double salp0 = salp1 * cbet1;
        double calp0 = Hypot(calp1, salp1 * sbet1); // calp0 > 0

        // tan(bet1) = tan(sig1) * cos(alp1); tan(omg1) = sin(alp0) * tan(sig1)
        ssig1 = sbet1;
        double somg1 = salp0 * sbet1;
        csig1 = calp1 * cbet1;
        double comg1 = csig1;
        Norm2(ref ssig1, ref csig1);
        // somg1, comg1 need not be normalized.

        // Enforce symmetries when abs(bet2) = -bet1, which could otherwise make the Newton
        // iteration singular. sin(alp2) * cos(bet2) = sin(alp0)
        salp2 = cbet2 != cbet1 ? salp0 / cbet2 : salp1;
        // calp2 = sqrt(1 - sq(salp2)) = sqrt(sq(calp0) - sq(sbet2)) / cbet2, rearranged; the
        // positive root gives alp2 in [0, pi/2].
        calp2 = cbet2 != cbet1 || Math.Abs(sbet2) != -sbet1
            ? Math.Sqrt(Sq(calp1 * cbet1) +
                        (cbet1 < -sbet1
                            ? (cbet2 - cbet1) * (cbet1 + cbet2)
                            : (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2
            : Math.Abs(calp1);
        // tan(bet2) = tan(sig2) * cos(alp2); tan(omg2) = sin(alp0) * tan(sig2)
        ssig2 = sbet2;
        double somg2 = salp0 * sbet2;
        csig2 = calp2 * cbet2;
        double comg2 = csig2;
        Norm2(ref ssig2, ref csig2);

        // sig12 = sig2 - sig1, limited to [0, pi]
        sig12 = Math.Atan2(Math.Max(0.0, csig1 * ssig2 - ssig1 * csig2) + 0, csig1 * csig2 + ssig1 * ssig2);

        // omg12 = omg2 - omg1, limited to [0, pi]
        double somg12 = Math.Max(0.0, comg1 * somg2 - somg1 * comg2) + 0;
        double comg12 = comg1 * comg2 + somg1 * somg2;
        // eta = omg12 - lam120
        double eta = Math.Atan2(somg12 * clam120 - comg12 * slam120, comg12 * clam120 + somg12 * slam120);
        double k2 = Sq(calp0) * Ep2;
        eps = k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
        C3f(eps, ca);
        double b312 = SinCosSeries(true, ssig2, csig2, ca, NC3 - 1) - SinCosSeries(true, ssig1, csig1, ca, NC3 - 1);
        domg12 = -F * A3f(eps) * salp0 * (sig12 + b312);
        double lam12 = eta + domg12;

        if (diffp)
        {
            if (calp2 == 0)
            {
                dlam12 = -2 * F1 * dn1 / sbet1;
            }
            else
            {
                Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2, false, true,
                    out _, out dlam12, out _, ca);
                dlam12 *= F1 / (calp2 * cbet2);
            }
        }

        return lam12;
    }

    internal double A3f(double eps) => PolyVal(NA3 - 1, _a3x, 0, eps);

    internal void C3f(double eps, Span<double> c)
    {
        // Sets c[1] .. c[NC3 - 1].
        double mult = 1;
        int o = 0;
        for (int l = 1; l < NC3; ++l)
        {
            int m = NC3 - l - 1; // order of the polynomial in eps
            mult *= eps;
            c[l] = mult * PolyVal(m, _c3x, o, eps);
            o += m + 1;
        }
    }

    internal void C4f(double eps, Span<double> c)
    {
        // Sets c[0] .. c[NC4 - 1].
        double mult = 1;
        int o = 0;
        for (int l = 0; l < NC4; ++l)
        {
            int m = NC4 - l - 1; // order of the polynomial in eps
            c[l] = mult * PolyVal(m, _c4x, o, eps);
            o += m + 1;
            mult *= eps;
        }
    }

    // Coefficient tables are the exact rationals of geodesic.c: numerators then the denominator.
    private static ReadOnlySpan<double> A1m1Coeff => [1, 4, 64, 0, 256];

    private static ReadOnlySpan<double> C1Coeff =>
    [
        -1, 6, -16, 32,
        -9, 64, -128, 2048,
        9, -16, 768,
        3, -5, 512,
        -7, 1280,
        -7, 2048,
    ];

    private static ReadOnlySpan<double> A2m1Coeff => [-11, -28, -192, 0, 256];

    private static ReadOnlySpan<double> C2Coeff =>
    [
        1, 2, 16, 32,
        35, 64, 384, 2048,
        15, 80, 768,
        7, 35, 512,
        63, 1280,
        77, 2048,
    ];

    private static ReadOnlySpan<double> A3Coeffs =>
    [
        -3, 128,
        -2, -3, 64,
        -1, -3, -1, 16,
        3, -1, -2, 8,
        1, -1, 2,
        1, 1,
    ];

    private static ReadOnlySpan<double> C3Coeffs =>
    [
        3, 128,
        2, 5, 128,
        -1, 3, 3, 64,
        -1, 0, 1, 8,
        -1, 1, 4,
        5, 256,
        1, 3, 128,
        -3, -2, 3, 64,
        1, -3, 2, 32,
        7, 512,
        -10, 9, 384,
        5, -9, 5, 192,
        7, 512,
        -14, 7, 512,
        21, 2560,
    ];

    private static ReadOnlySpan<double> C4Coeffs =>
    [
        97, 15015,
        1088, 156, 45045,
        -224, -4784, 1573, 45045,
        -10656, 14144, -4576, -858, 45045,
        64, 624, -4576, 6864, -3003, 15015,
        100, 208, 572, 3432, -12012, 30030, 45045,
        1, 9009,
        -2944, 468, 135135,
        5792, 1040, -1287, 135135,
        5952, -11648, 9152, -2574, 135135,
        -64, -624, 4576, -6864, 3003, 135135,
        8, 10725,
        1856, -936, 225225,
        -8448, 4992, -1144, 225225,
        -1440, 4160, -4576, 1716, 225225,
        -136, 63063,
        1024, -208, 105105,
        3584, -3328, 1144, 315315,
        -128, 135135,
        -2560, 832, 405405,
        128, 99099,
    ];

    /// <summary>The scale factor A1-1 = mean value of (d/dsigma)I1 - 1.</summary>
    internal static double A1m1f(double eps)
    {
        const int m = Order / 2;
        double t = PolyVal(m, A1m1Coeff, 0, Sq(eps)) / A1m1Coeff[m + 1];
        return (t + eps) / (1 - eps);
    }

    /// <summary>The coefficients C1[l] in the Fourier expansion of B1.</summary>
    internal static void C1f(double eps, Span<double> c)
    {
        ReadOnlySpan<double> coeff = C1Coeff;
        double eps2 = Sq(eps), d = eps;
        int o = 0;
        for (int l = 1; l <= NC1; ++l)
        {
            int m = (NC1 - l) / 2; // order of the polynomial in eps^2
            c[l] = d * PolyVal(m, coeff, o, eps2) / coeff[o + m + 1];
            o += m + 2;
            d *= eps;
        }
    }

    private static ReadOnlySpan<double> C1pCoeff =>
    [
        205, -432, 768, 1536,
        4005, -4736, 3840, 12288,
        -225, 116, 384,
        -7173, 2695, 7680,
        3467, 7680,
        38081, 61440,
    ];

    /// <summary>The coefficients C1p[l] in the Fourier expansion of B1p (reverts B1: tau to sigma).</summary>
    internal static void C1pf(double eps, Span<double> c)
    {
        ReadOnlySpan<double> coeff = C1pCoeff;
        double eps2 = Sq(eps), d = eps;
        int o = 0;
        for (int l = 1; l <= NC1p; ++l)
        {
            int m = (NC1p - l) / 2; // order of the polynomial in eps^2
            c[l] = d * PolyVal(m, coeff, o, eps2) / coeff[o + m + 1];
            o += m + 2;
            d *= eps;
        }
    }

    /// <summary>The scale factor A2-1 = mean value of (d/dsigma)I2 - 1.</summary>
    internal static double A2m1f(double eps)
    {
        const int m = Order / 2;
        double t = PolyVal(m, A2m1Coeff, 0, Sq(eps)) / A2m1Coeff[m + 1];
        return (t - eps) / (1 + eps);
    }

    /// <summary>The coefficients C2[l] in the Fourier expansion of B2.</summary>
    internal static void C2f(double eps, Span<double> c)
    {
        ReadOnlySpan<double> coeff = C2Coeff;
        double eps2 = Sq(eps), d = eps;
        int o = 0;
        for (int l = 1; l <= NC2; ++l)
        {
            int m = (NC2 - l) / 2;
            c[l] = d * PolyVal(m, coeff, o, eps2) / coeff[o + m + 1];
            o += m + 2;
            d *= eps;
        }
    }

    private void A3Coeff()
    {
        ReadOnlySpan<double> coeff = A3Coeffs;
        int o = 0, k = 0;
        for (int j = NA3 - 1; j >= 0; --j)
        {
            int m = Math.Min(NA3 - j - 1, j); // order of the polynomial in n
            _a3x[k++] = PolyVal(m, coeff, o, N) / coeff[o + m + 1];
            o += m + 2;
        }
    }

    private void C3Coeff()
    {
        ReadOnlySpan<double> coeff = C3Coeffs;
        int o = 0, k = 0;
        for (int l = 1; l < NC3; ++l)
        {
            for (int j = NC3 - 1; j >= l; --j)
            {
                int m = Math.Min(NC3 - j - 1, j);
                _c3x[k++] = PolyVal(m, coeff, o, N) / coeff[o + m + 1];
                o += m + 2;
            }
        }
    }

    private void C4Coeff()
    {
        ReadOnlySpan<double> coeff = C4Coeffs;
        int o = 0, k = 0;
        for (int l = 0; l < NC4; ++l)
        {
            for (int j = NC4 - 1; j >= l; --j)
            {
                int m = NC4 - j - 1;
                _c4x[k++] = PolyVal(m, coeff, o, N) / coeff[o + m + 1];
                o += m + 2;
            }
        }
    }

    private static double PolyVal(int n, ReadOnlySpan<double> p, int offset, double x)
    {
        double y = n < 0 ? 0 : p[offset++];
        while (--n >= 0)
        {
            y = y * x + p[offset++];
        }

        return y;
    }

    internal static double Sq(double x) => x * x;

    // sqrt(x²+y²) rather than hypot: arguments here are O(1) so overflow is impossible, it is
    // faster, and upstream uses the same form where hypot is not monotonic (MSVC x86).
    internal static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);

    internal static void Norm2(ref double sinx, ref double cosx)
    {
        double r = Hypot(sinx, cosx);
        sinx /= r;
        cosx /= r;
    }

    /// <summary>Error-free sum: u + v = s + t exactly, with s = round(u + v).</summary>
    internal static double SumX(double u, double v, out double t)
    {
        // .NET never reassociates floating-point arithmetic, so no volatile is needed here.
        double s = u + v;
        double up = s - v;
        double vpp = s - up;
        up -= u;
        vpp -= v;
        t = s != 0 ? 0 - (up + vpp) : s;
        return s;
    }

    internal static double AngNormalize(double x)
    {
        double y = Math.IEEERemainder(x, Td);
        return Math.Abs(y) == Hd ? Math.CopySign(Hd, x) : y;
    }

    internal static double LatFix(double x) => Math.Abs(x) > Qd ? double.NaN : x;

    internal static double AngDiff(double x, double y, out double e)
    {
        // remainder rather than AngNormalize: boundary cases are handled below, accounting for the error.
        double d = SumX(Math.IEEERemainder(-x, Td), Math.IEEERemainder(y, Td), out double t);
        // This second sum can only change d if abs(d) < 128, so no further remainder is needed.
        d = SumX(Math.IEEERemainder(d, Td), t, out t);
        // Fix the sign if d = -180, 0, 180: from y - x if t == 0, else d and t have opposite signs.
        if (d == 0 || Math.Abs(d) == Hd)
        {
            d = Math.CopySign(d, t == 0 ? y - x : -t);
        }

        e = t;
        return d;
    }

    internal static double AngRound(double x)
    {
        // Rounds tiny values so that z - (z - y) loses their insignificant bits, which keeps
        // near-equator points on the equator; .NET does not simplify the expression away.
        const double z = 1.0 / 16.0;
        double y = Math.Abs(x);
        double w = z - y;
        y = w > 0 ? z - w : y;
        return Math.CopySign(y, x);
    }

    /// <summary>remquo(x, 90): the remainder in [-45, 45] and the low bits of the quotient.</summary>
    private static double RemQuo90(double x, out int q)
    {
        // fmod by 360 is exact, so the quotient by 90 of the reduced value is exact too; rounding
        // half to even matches C's remquo.
        double r = Math.IEEERemainder(x, Td);
        double qd = Math.Round(r / Qd, MidpointRounding.ToEven);
        q = double.IsNaN(qd) ? 0 : (int)qd;
        return r - Qd * qd;
    }

    internal static void SinCosd(double x, out double sinx, out double cosx)
    {
        // Reduce the argument exactly to [-45, 45] before converting to radians to minimize round-off.
        double r = RemQuo90(x, out int q) * Degree;
        double s = Math.Sin(r), c = Math.Cos(r);
        SetQuadrant(q, s, c, x, out sinx, out cosx);
    }

    private static void SinCosde(double x, double t, out double sinx, out double cosx)
    {
        // As SinCosd, but for x + t where t is a small correction.
        double r = AngRound(RemQuo90(x, out int q) + t) * Degree;
        double s = Math.Sin(r), c = Math.Cos(r);
        SetQuadrant(q, s, c, x, out sinx, out cosx);
    }

    private static void SetQuadrant(int q, double s, double c, double x, out double sinx, out double cosx)
    {
        switch ((uint)q & 3U)
        {
            case 0U: sinx = s; cosx = c; break;
            case 1U: sinx = c; cosx = -s; break;
            case 2U: sinx = -s; cosx = -c; break;
            default: sinx = -c; cosx = s; break;
        }

        // Special values of C99 F.10.1.12/13: cos is never -0 and sin keeps the sign of x.
        cosx += 0;
        if (sinx == 0)
        {
            sinx = Math.CopySign(sinx, x);
        }
    }

    internal static double Atan2d(double y, double x)
    {
        // Rearrange so atan2 works in [-pi/4, pi/4] before converting to degrees, minimizing round-off.
        int q = 0;
        if (Math.Abs(y) > Math.Abs(x))
        {
            (x, y) = (y, x);
            q = 2;
        }

        if (double.IsNegative(x))
        {
            x = -x;
            ++q;
        }

        double ang = Math.Atan2(y, x) / Degree;
        return q switch
        {
            1 => Math.CopySign(Hd, y) - ang,
            2 => Qd - ang,
            3 => -Qd + ang,
            _ => ang,
        };
    }
}
