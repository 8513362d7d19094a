using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// Turns parsed coordinates into NTS geometries from <see cref="Geo.Factory"/> once the type is known.
/// Nothing is repaired or validated beyond what NTS needs to hold the shape at all (lines of 0 or ≥2
/// points, closed rings of ≥4): anything else is the importer's business.
/// </summary>
internal static class GeometryBuilder
{
    public static int ExpectedDepth(GeometryKind kind) => kind switch
    {
        GeometryKind.Point => 0,
        GeometryKind.MultiPoint or GeometryKind.LineString => 1,
        GeometryKind.MultiLineString or GeometryKind.Polygon => 2,
        GeometryKind.MultiPolygon => 3,
        _ => -1,
    };

    public static Geometry? Build(
        GeometryKind kind, CoordinateBuffer buffer, int firstPosition, int firstCount, CoordinateNesting nesting, out string? error)
    {
        error = null;
        int expected = ExpectedDepth(kind);
        if (!nesting.Exact && nesting.Depth == 1)
        {
            return Empty(kind); // "coordinates": [] — GDAL and others write it for empty geometries
        }

        if (!nesting.Fits(expected))
        {
            error = Texts.Render("import.geojson.nesting", ("kind", kind), ("expected", expected), ("depth", nesting.Depth));
            return null;
        }

        var cursor = new Cursor(buffer, firstPosition, firstCount);
        var factory = Geo.Factory;
        switch (kind)
        {
            case GeometryKind.Point:
                return factory.CreatePoint(cursor.NextCoordinate());
            case GeometryKind.MultiPoint:
            {
                var points = new Point[cursor.NextCount()];
                for (int i = 0; i < points.Length; i++)
                {
                    points[i] = factory.CreatePoint(cursor.NextCoordinate());
                }

                return factory.CreateMultiPoint(points);
            }

            case GeometryKind.LineString:
                return Line(ref cursor, out error);
            case GeometryKind.MultiLineString:
            {
                var lines = new LineString[cursor.NextCount()];
                for (int i = 0; i < lines.Length; i++)
                {
                    if (Line(ref cursor, out error) is not { } line)
                    {
                        return null;
                    }

                    lines[i] = line;
                }

                return factory.CreateMultiLineString(lines);
            }

            case GeometryKind.Polygon:
                return Polygon(ref cursor, out error);
            case GeometryKind.MultiPolygon:
            {
                var polygons = new Polygon[cursor.NextCount()];
                for (int i = 0; i < polygons.Length; i++)
                {
                    if (Polygon(ref cursor, out error) is not { } polygon)
                    {
                        return null;
                    }

                    polygons[i] = polygon;
                }

                return factory.CreateMultiPolygon(polygons);
            }

            default:
                error = Texts.Render("import.geojson.collection-has-geometries");
                return null;
        }
    }

    public static Geometry Empty(GeometryKind kind) => kind switch
    {
        GeometryKind.Point => Geo.Factory.CreatePoint(),
        GeometryKind.MultiPoint => Geo.Factory.CreateMultiPoint(),
        GeometryKind.LineString => Geo.Factory.CreateLineString(),
        GeometryKind.MultiLineString => Geo.Factory.CreateMultiLineString(),
        GeometryKind.Polygon => Geo.Factory.CreatePolygon(),
        GeometryKind.MultiPolygon => Geo.Factory.CreateMultiPolygon(),
        _ => Geo.Factory.CreateGeometryCollection(),
    };

    private static LineString? Line(ref Cursor cursor, out string? error)
    {
        error = null;
        var coordinates = cursor.NextPositions();
        if (coordinates.Length == 1)
        {
            error = Texts.Render("import.geojson.line-one-point");
            return null;
        }

        return Geo.Factory.CreateLineString(coordinates);
    }

    private static Polygon? Polygon(ref Cursor cursor, out string? error)
    {
        error = null;
        var rings = new LinearRing[cursor.NextCount()];
        for (int i = 0; i < rings.Length; i++)
        {
            var coordinates = cursor.NextPositions();
            if (coordinates.Length < 4)
            {
                error = Texts.Render("import.geojson.ring-points", ("count", coordinates.Length));
                return null;
            }

            if (!coordinates[0].Equals2D(coordinates[^1]))
            {
                error = Texts.Render("import.geojson.unclosed-ring");
                return null;
            }

            rings[i] = Geo.Factory.CreateLinearRing(coordinates);
        }

        return rings.Length == 0 ? Geo.Factory.CreatePolygon() : Geo.Factory.CreatePolygon(rings[0], rings[1..]);
    }

    /// <summary>Walks positions and counts in the order the parser stored them.</summary>
    private ref struct Cursor(CoordinateBuffer buffer, int position, int count)
    {
        private int position = position;
        private int count = count;

        public int NextCount() => buffer.Count(count++);

        public Coordinate NextCoordinate()
        {
            int at = position++;
            double z = buffer.Z(at);
            return double.IsNaN(z) ? new Coordinate(buffer.X(at), buffer.Y(at)) : new CoordinateZ(buffer.X(at), buffer.Y(at), z);
        }

        public Coordinate[] NextPositions()
        {
            var coordinates = new Coordinate[NextCount()];
            for (int i = 0; i < coordinates.Length; i++)
            {
                coordinates[i] = NextCoordinate();
            }

            return coordinates;
        }
    }
}
