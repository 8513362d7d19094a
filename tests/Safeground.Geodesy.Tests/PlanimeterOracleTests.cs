using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Geodesy;
using Safeground.Core.Spatial;
using Xunit.Abstractions;

namespace Safeground.Geodesy.Tests;

/// <summary>
/// Compares against a live GeographicLib Planimeter: the checked-in cases (guarding against a stale
/// JSON file) plus seeded random rings. On CI a missing Planimeter is a failure, not a skip, so the
/// oracle can never silently stop running.
/// </summary>
public class PlanimeterOracleTests(ITestOutputHelper output)
{
    private const int RandomRings = 300;

    [Fact]
    public void Agrees_with_live_planimeter()
    {
        if (!Planimeter.IsInstalled)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null,
                $"{Planimeter.Path} is required on CI (apt-get install geographiclib-tools).");
            output.WriteLine($"{Planimeter.Path} not installed; live oracle comparison not run.");
            return;
        }

        var rings = new List<IReadOnlyList<(string Lat, string Lon)>>();
        var ours = new List<double>();
        var labels = new List<string>();

        var reader = new WKTReader(Geo.Services);
        foreach (PlanimeterCase c in PlanimeterCase.Load())
        {
            var polygon = (Polygon)reader.Read(c.Wkt);
            AddRing(polygon.Shell, c.Description + " (shell)");
            for (int h = 0; h < polygon.NumInteriorRings; h++)
            {
                AddRing(polygon.GetInteriorRingN(h), $"{c.Description} (hole {h})");
            }
        }

        var random = new Random(20_240_521);
        for (int i = 0; i < RandomRings; i++)
        {
            var ring = RandomRing.Create(random);
            rings.Add(ring.Text);
            ours.Add(GeodesicArea.OfRing(ring.Coordinates));
            labels.Add($"random ring {i}");
        }

        double[] expected = Planimeter.Areas(rings);

        double maxAbs = 0, maxRel = 0;
        string worstAbs = "", worstRel = "";
        var failures = new List<string>();
        for (int i = 0; i < expected.Length; i++)
        {
            double want = Math.Abs(expected[i]);
            double error = Math.Abs(ours[i] - want);
            if (error > maxAbs)
            {
                maxAbs = error;
                worstAbs = FormattableString.Invariant($"{labels[i]}, {want:G6} m²");
            }

            double relative = want > 0 ? error / want : 0;
            if (relative > maxRel)
            {
                maxRel = relative;
                worstRel = FormattableString.Invariant($"{labels[i]}, {want:G6} m²");
            }
            if (error > PlanimeterCase.Tolerance(want))
            {
                failures.Add($"{labels[i]}: Planimeter {want:R}, ours {ours[i]:R}, error {error:R}");
            }
        }

        output.WriteLine($"{expected.Length} rings; max error {maxAbs:G3} m² ({worstAbs}), max relative error {maxRel:G3} ({worstRel})");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        void AddRing(LineString ring, string label)
        {
            // The WKT has 9 decimals, which Format reproduces exactly, so Planimeter sees the same
            // doubles. The closing vertex is dropped since Planimeter closes rings itself.
            Coordinate[] coordinates = ring.Coordinates;
            var text = new List<(string, string)>();
            for (int i = 0; i < coordinates.Length - 1; i++)
            {
                text.Add((Format(coordinates[i].Y), Format(coordinates[i].X)));
            }

            rings.Add(text);
            ours.Add(GeodesicArea.OfRing(coordinates));
            labels.Add(label);
        }
    }

    // Fixed notation, because Planimeter reads "E" as the east hemisphere designator; 15 significant
    // digits cover the 9-decimal case coordinates.
    private static string Format(double value) =>
        value.ToString("0.####################", System.Globalization.CultureInfo.InvariantCulture);
}
