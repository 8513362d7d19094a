using System.Globalization;

namespace Safeground.Products;

/// <summary>Figures as products print them: areas in m² and ha, coordinates in degrees and DMS.</summary>
public static class ProductFormat
{
    /// <summary>"12,345 m² (1.2345 ha)" in the reader's culture: the same square metres <c>status</c> sums.</summary>
    public static string Area(double m2) => Texts.Render("product.area",
        ("m2", Math.Round(m2).ToString("#,0", Texts.Culture)), ("ha", (m2 / 10_000).ToString("#,0.0000", Texts.Culture)));

    /// <summary>Decimal degrees with six places (about 0.1 m), invariant: coordinates are copied into GPS units.</summary>
    public static string Degrees(double value) => value.ToString("0.000000", CultureInfo.InvariantCulture);

    /// <summary>Degrees, minutes and seconds to a hundredth of a second, with the hemisphere: 50°24'03.12"N.</summary>
    public static string Dms(double value, bool latitude)
    {
        var hemisphere = latitude ? (value < 0 ? "S" : "N") : (value < 0 ? "W" : "E");
        double a = Math.Abs(value);
        // Rounded once in hundredths of a second so 59.995" never prints as 60.00".
        long hundredths = (long)Math.Round(a * 360_000, MidpointRounding.AwayFromZero);
        long degrees = hundredths / 360_000, minutes = hundredths / 6_000 % 60;
        double seconds = hundredths % 6_000 / 100.0;
        return string.Create(CultureInfo.InvariantCulture, $"{degrees}°{minutes:00}'{seconds:00.00}\"{hemisphere}");
    }
}
