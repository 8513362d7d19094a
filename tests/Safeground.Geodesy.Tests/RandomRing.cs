using System.Globalization;
using NetTopologySuite.Geometries;

namespace Safeground.Geodesy.Tests;

/// <summary>
/// Seeded random star-shaped (hence simple) rings of 0.01 ha to 10,000 ha between 70°S and 70°N.
/// Vertices are rounded to 9 decimals and kept as text too, so Planimeter and the C# code see the
/// same doubles.
/// </summary>
internal sealed class RandomRing
{
    private RandomRing(IReadOnlyList<(string Lat, string Lon)> text, Coordinate[] coordinates)
    {
        Text = text;
        Coordinates = coordinates;
    }

    public IReadOnlyList<(string Lat, string Lon)> Text { get; }

    /// <summary>Unclosed ring, X = lon, Y = lat.</summary>
    public Coordinate[] Coordinates { get; }

    public static RandomRing Create(Random random)
    {
        double lat0 = -70 + 140 * random.NextDouble();
        double lon0 = -180 + 360 * random.NextDouble();
        double hectares = Math.Pow(10, -2 + 6 * random.NextDouble());
        int n = random.Next(3, 60);
        bool clockwise = random.Next(2) == 0;
        double radius = Math.Sqrt(hectares * 1e4 / Math.PI);
        double phase = 2 * Math.PI * random.NextDouble();

        var text = new List<(string, string)>(n);
        var coordinates = new Coordinate[n];
        for (int i = 0; i < n; i++)
        {
            double angle = phase + (clockwise ? -1 : 1) * 2 * Math.PI * i / n;
            double r = radius * (0.5 + random.NextDouble());
            double lat = lat0 + r * Math.Sin(angle) / 111_320;
            double lon = lon0 + r * Math.Cos(angle) / (111_320 * Math.Cos(lat0 * Math.PI / 180));
            lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
            string latText = lat.ToString("F9", CultureInfo.InvariantCulture);
            string lonText = lon.ToString("F9", CultureInfo.InvariantCulture);
            text.Add((latText, lonText));
            coordinates[i] = new Coordinate(
                double.Parse(lonText, CultureInfo.InvariantCulture),
                double.Parse(latText, CultureInfo.InvariantCulture));
        }

        return new RandomRing(text, coordinates);
    }
}
