using System.Text.RegularExpressions;
using Safeground.Core.Text;

namespace Safeground.Formats.Shapefile;

/// <summary>
/// Reads a shapefile's .prj (ESRI WKT) far enough to say whether its coordinates are WGS84 longitude and latitude.
/// No reprojection: a projected CRS (UTM metres, a national grid) or another datum is refused by its name, rather
/// than imported with metres read as degrees; a file with no .prj is taken as WGS84 when its extent is in degrees.
/// </summary>
internal static partial class ShapefileProjection
{
    /// <summary>Throws a <see cref="FormatException"/> naming the CRS unless <paramref name="wkt"/> is WGS84 lon/lat.</summary>
    public static void CheckWgs84(string? wkt, string path, NetTopologySuite.Geometries.Envelope extent)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            if (!extent.IsNull && (Math.Abs(extent.MinX) > 180 || Math.Abs(extent.MaxX) > 180 || Math.Abs(extent.MinY) > 180 || Math.Abs(extent.MaxY) > 180))
            {
                throw new FormatException(Texts.Render("import.shp.no-prj-not-degrees", ("path", path),
                    ("extent", FormattableString.Invariant($"{extent.MinX:0.###} {extent.MinY:0.###}, {extent.MaxX:0.###} {extent.MaxY:0.###}"))));
            }

            return;
        }

        string text = wkt.Trim();
        var head = Head().Match(text);
        string kind = head.Success ? head.Groups[1].Value.ToUpperInvariant() : "";
        string name = head.Success ? head.Groups[2].Value : text.Length > 80 ? text[..80] : text;
        if (kind is "GEOGCS" or "GEOGCRS" or "GEODCRS" && IsWgs84(text))
        {
            return;
        }

        throw new FormatException(Texts.Render("import.shp.not-wgs84", ("path", path), ("crs", name)));
    }

    /// <summary>A geographic CRS on the WGS84 datum, by the names ESRI, GDAL and EPSG give it.</summary>
    private static bool IsWgs84(string wkt)
    {
        var datum = Datum().Match(wkt);
        if (!datum.Success) return false;
        string name = datum.Groups[1].Value.Replace(" ", "_", StringComparison.Ordinal).ToUpperInvariant();
        return name is "D_WGS_1984" or "WGS_1984" or "WGS_84" or "WORLD_GEODETIC_SYSTEM_1984";
    }

    [GeneratedRegex(@"^\s*([A-Za-z]+)\s*\[\s*""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Head();

    [GeneratedRegex(@"DATUM\s*\[\s*""([^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Datum();
}
