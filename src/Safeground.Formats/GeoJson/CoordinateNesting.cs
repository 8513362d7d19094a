namespace Safeground.Formats.GeoJson;

/// <summary>
/// How deep a "coordinates" value nests: 0 = a position, 1 = array of positions, 2 = array of rings...
/// An empty array could stand at any depth from 1 up, so it is only a lower bound (not exact).
/// </summary>
internal readonly record struct CoordinateNesting(int Depth, bool Exact)
{
    public bool Fits(int expected) => Exact ? Depth == expected : Depth <= expected;
}
