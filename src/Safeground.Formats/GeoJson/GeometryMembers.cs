using NetTopologySuite.Geometries;

namespace Safeground.Formats.GeoJson;

/// <summary>What one geometry object has shown so far; members may come in any order, so nothing is built before its end.</summary>
internal struct GeometryMembers
{
    public int PositionMark;
    public int CountMark;
    public string? Type;
    public CoordinateNesting? Nesting;
    public List<Geometry>? Children;
    public bool HasCoordinates;
    public bool HasGeometries;
    public string? Error;

    public GeometryMembers(CoordinateBuffer buffer)
    {
        PositionMark = buffer.PositionCount;
        CountMark = buffer.CountCount;
    }

    public readonly bool IsEmpty => Type is null && !HasCoordinates && !HasGeometries;
}
