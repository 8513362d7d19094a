using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Import;
using Safeground.Core.Spatial;

namespace Safeground.Formats.Tests;

/// <summary>What "the same feature" means after a trip through KML or a shapefile.</summary>
internal static class ExchangeAssert
{
    /// <summary>
    /// Same shape (rings may start elsewhere or turn the other way: shapefiles keep shells clockwise) and the same
    /// ellipsoidal area within 1e-6 relative; an empty geometry comes back empty or as none.
    /// </summary>
    public static void SameGeometry(Geometry? expected, SourceFeature actual, double absoluteM2 = 0)
    {
        Assert.True(actual.ReadError is null, $"{actual.Where}: {actual.ReadError}");
        if (expected is null || expected.IsEmpty)
        {
            Assert.True(actual.Geometry is null or { IsEmpty: true }, $"{actual.Where}: {actual.Geometry}");
            return;
        }

        Assert.NotNull(actual.Geometry);
        // An invalid ring (a bow-tie from the field) has no orientation to normalise to: either direction is the same shape.
        Assert.True(
            expected.Normalized().EqualsExact(actual.Geometry!.Normalized(), 1e-9) || expected.Normalized().EqualsExact(actual.Geometry.Reverse().Normalized(), 1e-9),
            $"{actual.Where}: {expected} vs {actual.Geometry}");
        if (expected is Polygon or MultiPolygon)
        {
            double a = Polygons.AreaM2(expected);
            double b = Polygons.AreaM2(actual.Geometry);
            Assert.True(Math.Abs(a - b) <= (1e-6 * a) + absoluteM2, $"{actual.Where}: area {a} vs {b}");
        }
    }

    /// <summary>A text field; an empty text and none are the same (a blank dBASE cell or SimpleData).</summary>
    public static void Text(string? expected, SourceFeature actual, string field) =>
        Assert.Equal(string.IsNullOrEmpty(expected) ? null : expected, actual.Properties.GetValueOrDefault(field));

    public static void Number(double? expected, SourceFeature actual, string field, double relative = 0)
    {
        var text = actual.Properties.GetValueOrDefault(field);
        if (expected is null)
        {
            Assert.Null(text);
            return;
        }

        Assert.NotNull(text);
        double back = double.Parse(text!, CultureInfo.InvariantCulture);
        // dBASE numbers are text of 15 to 17 significant digits: a denormal like 5e-324 reads back as 0.
        Assert.True(Math.Abs(back - expected.Value) <= relative * Math.Abs(expected.Value) + (relative > 0 ? 1e-300 : 0), $"{field}: {expected} vs {text}");
    }
}
