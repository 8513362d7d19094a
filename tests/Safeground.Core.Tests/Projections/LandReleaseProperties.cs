using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Projections;

/// <summary>
/// Area is conserved (IMAS 07.11): for any hazard and any sequence of releases that overlap each
/// other and stick out of the hazard, cancelled + reduced + cleared + remaining = original within 0.01 m².
/// </summary>
public class LandReleaseProperties
{
    /// <summary>A random star-shaped polygon (possibly with a hole) of roughly <paramref name="radiusM"/> around a centre.</summary>
    internal static Polygon Star(System.Random rng, double lon, double lat, double radiusM, bool hole)
    {
        int n = rng.Next(5, 20);
        var shell = new Coordinate[n + 1];
        double mLat = 1 / 111_320.0, mLon = mLat / Math.Cos(lat * Math.PI / 180);
        for (int i = 0; i < n; i++)
        {
            double a = 2 * Math.PI * i / n, r = radiusM * (0.5 + rng.NextDouble());
            shell[i] = new Coordinate(lon + r * Math.Cos(a) * mLon, lat + r * Math.Sin(a) * mLat);
        }
        shell[n] = shell[0].Copy();
        if (!hole) return Geo.Factory.CreatePolygon(shell);
        var h = new Coordinate[5];
        double s = radiusM * 0.15;
        h[0] = new(lon - s * mLon, lat - s * mLat); h[1] = new(lon + s * mLon, lat - s * mLat);
        h[2] = new(lon + s * mLon, lat + s * mLat); h[3] = new(lon - s * mLon, lat + s * mLat); h[4] = h[0].Copy();
        return Geo.Factory.CreatePolygon(Geo.Factory.CreateLinearRing(shell), [Geo.Factory.CreateLinearRing(h)]);
    }

    [Property(MaxTest = 500)]
    public Property Area_is_conserved_whatever_the_releases(int seed)
    {
        var rng = new System.Random(seed);
        double lat = rng.NextDouble() * 140 - 70, lon = rng.NextDouble() * 340 - 170;
        double radius = Math.Pow(10, 0.8 + rng.NextDouble() * 3.2); // ≈ 6 m .. 10 km: 0.01 ha .. 10,000 ha
        var hazard = Star(rng, lon, lat, radius, rng.Next(3) == 0);
        var reports = new List<Report> { Create("HA-P", hazard) };
        int releases = rng.Next(1, 8);
        for (int i = 0; i < releases; i++)
        {
            double mLat = 1 / 111_320.0, mLon = mLat / Math.Cos(lat * Math.PI / 180);
            var claim = Star(rng, lon + (rng.NextDouble() - 0.5) * radius * 2 * mLon, lat + (rng.NextDouble() - 0.5) * radius * 2 * mLat, radius * rng.NextDouble(), false);
            var id = $"R-{i}";
            reports.Add((i % 3) switch
            {
                0 => Cancel("HA-P", claim, i + 1, id),
                1 => Reduce("HA-P", claim, i + 1, id),
                _ => Clear("HA-P", claim, i + 1, id),
            });
        }
        var s = HazardProjector.Replay("HA-P", reports, Safeground.Core.Rules.ProgrammeRules.Default)!;
        double gap = s.CancelledM2 + s.ReducedM2 + s.ClearedM2 + s.RemainingM2 - s.OriginalM2;
        return (Math.Abs(gap) <= 0.01 && s.RemainingM2 >= 0)
            .Label(FormattableString.Invariant($"gap {gap} m² on {s.OriginalM2} m² at {lon},{lat}"));
    }
}
