using System.Globalization;
using System.Xml.Linq;
using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Text;

namespace Safeground.Formats.Kml;

/// <summary>
/// Turns a Placemark's KML geometry (Point, LineString, LinearRing, Polygon, MultiGeometry) into an NTS geometry
/// from <see cref="Geo.Factory"/>. Nothing is repaired beyond closing a ring that does not repeat its first
/// position (Google Earth and GPS tools write such rings; GDAL closes them too); anything else is the importer's.
/// </summary>
internal static class KmlGeometry
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    /// <summary>The element's geometry, or null with <paramref name="error"/> saying why it cannot be held.</summary>
    public static Geometry? Read(XElement element, out string? error)
    {
        error = null;
        try
        {
            return Build(element);
        }
        catch (KmlGeometryException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Whether the element is one of the geometries KML 2.2 defines.</summary>
    public static bool IsGeometry(XElement element) =>
        element.Name.LocalName is "Point" or "LineString" or "LinearRing" or "Polygon" or "MultiGeometry" or "Model" or "Track" or "MultiTrack";

    private static Geometry Build(XElement element)
    {
        var factory = Geo.Factory;
        switch (element.Name.LocalName)
        {
            case "Point":
                var position = Positions(element);
                return position.Length == 1
                    ? factory.CreatePoint(position[0])
                    : throw new KmlGeometryException(Texts.Render("import.kml.point-positions", ("count", position.Length)));
            case "LineString":
                var line = Positions(element);
                return line.Length >= 2
                    ? factory.CreateLineString(line)
                    : throw new KmlGeometryException(Texts.Render("import.kml.line-points", ("count", line.Length)));
            case "LinearRing":
                return factory.CreatePolygon(Ring(element));
            case "Polygon":
                var outer = Child(element, "outerBoundaryIs")?.Elements().FirstOrDefault(e => e.Name.LocalName == "LinearRing")
                    ?? throw new KmlGeometryException(Texts.Render("import.kml.no-outer-boundary"));
                var holes = element.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs")
                    .SelectMany(e => e.Elements().Where(r => r.Name.LocalName == "LinearRing"))
                    .Select(Ring)
                    .ToArray();
                return factory.CreatePolygon(Ring(outer), holes);
            case "MultiGeometry":
                return Multi([.. element.Elements().Where(IsGeometry).Select(Build)]);
            default:
                throw new KmlGeometryException(Texts.Render("import.kml.unsupported-geometry", ("type", element.Name.LocalName)));
        }
    }

    /// <summary>All polygons make a MultiPolygon, all points a MultiPoint, all lines a MultiLineString; a mix stays a collection.</summary>
    private static Geometry Multi(Geometry[] parts)
    {
        var factory = Geo.Factory;
        if (parts.Length > 0 && parts.All(p => p is Polygon)) return factory.CreateMultiPolygon([.. parts.Cast<Polygon>()]);
        if (parts.Length > 0 && parts.All(p => p is Point)) return factory.CreateMultiPoint([.. parts.Cast<Point>()]);
        if (parts.Length > 0 && parts.All(p => p is LineString)) return factory.CreateMultiLineString([.. parts.Cast<LineString>()]);
        if (parts.Length > 0 && parts.All(p => p is Polygon or MultiPolygon))
            return factory.CreateMultiPolygon([.. parts.SelectMany(p => Enumerable.Range(0, p.NumGeometries).Select(i => (Polygon)p.GetGeometryN(i)))]);
        return factory.CreateGeometryCollection(parts);
    }

    private static LinearRing Ring(XElement ring)
    {
        var positions = Positions(ring);
        if (positions.Length > 0 && !positions[0].Equals2D(positions[^1]))
        {
            positions = [.. positions, positions[0].Copy()];
        }

        // A closed ring needs 4 positions: 3 distinct corners and the first again.
        return positions.Length >= 4
            ? Geo.Factory.CreateLinearRing(positions)
            : throw new KmlGeometryException(Texts.Render("import.kml.ring-points", ("count", Math.Max(0, positions.Length - 1))));
    }

    private static XElement? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>"lon,lat[,alt]" tuples separated by white space.</summary>
    private static Coordinate[] Positions(XElement element)
    {
        var text = Child(element, "coordinates")?.Value ?? "";
        var tuples = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var positions = new Coordinate[tuples.Length];
        for (int i = 0; i < tuples.Length; i++)
        {
            var parts = tuples[i].Split(',');
            if (parts.Length is < 2 or > 3 || !Number(parts[0], out double lon) || !Number(parts[1], out double lat))
            {
                throw new KmlGeometryException(Texts.Render("import.kml.bad-position", ("text", tuples[i])));
            }

            positions[i] = new Coordinate(lon, lat); // altitude is dropped: hazards and finds are 2D
        }

        return positions;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
