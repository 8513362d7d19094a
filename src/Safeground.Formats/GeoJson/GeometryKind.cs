namespace Safeground.Formats.GeoJson;

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
