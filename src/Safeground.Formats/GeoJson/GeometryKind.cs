namespace Safeground.Formats;

/// <summary>The seven GeoJSON geometry types.</summary>
internal enum GeometryKind
{
    Point,
    MultiPoint,
    LineString,
    MultiLineString,
    Polygon,
    MultiPolygon,
    GeometryCollection,
}
