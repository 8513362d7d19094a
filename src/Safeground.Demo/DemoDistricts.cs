using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Safeground.Core.Spatial;
using Safeground.Core.Reference;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>
/// The demo's districts as boundary polygons, so that roll-ups by region work on demo stores by
/// boundary. Built from the hazard grid: every cell belongs to one district, a district is the union of
/// its cells, so districts never overlap, tile the grid, and each holds the hazards named after it
/// (a hazard stays inside its cell). The boundaries are staircases of cells, about 1 km a step.
/// </summary>
internal static class DemoDistricts
{
    /// <summary>
    /// Hromadas of the operation: a cell holding a hazard belongs to the hromada the hazard was recorded in;
    /// any other cell to the hromada whose centre is nearest.
    /// </summary>
    public static IReadOnlyList<Region> Operation(int seed)
    {
        var places = DemoGazetteer.KharkivBorder;
        var grid = OperationPlanner.Grid;
        var seated = new Dictionary<(int, int), int>();
        foreach (var (place, column, row, _) in OperationPlanner.Seats(seed, places)) seated[(column, row)] = place;
        int OwnerOf(int column, int row)
        {
            if (seated.TryGetValue((column, row), out int place)) return place;
            var (lon, lat) = grid.Centre(column, row);
            int best = 0;
            double bestD = double.MaxValue;
            for (int p = 0; p < places.Count; p++)
            {
                double dx = (places[p].Lon - lon) * Math.Cos(lat * Math.PI / 180), dy = places[p].Lat - lat;
                double d = dx * dx + dy * dy;
                if (d < bestD) (best, bestD) = (p, d);
            }
            return best;
        }
        var cells = Cells(grid, OwnerOf);
        return cells.Select(kv => new Region(OperationPlanner.RegionName(places[kv.Key]), Union(kv.Value)))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Raions at national scale: a cell belongs to the raion its hazard would be named after (nearest raion
    /// centre of the oblast). Where oblast boxes overlap, the oblast listed first keeps the land.
    /// </summary>
    public static IReadOnlyList<Region> National()
    {
        var oblasts = DemoGazetteer.Oblasts;
        var regions = new List<Region>();
        NtsGeometry taken = Geo.Empty;
        foreach (var oblast in oblasts)
        {
            var grid = NationalPlanner.GridFor(oblast);
            var raions = oblast.Raions.Select(r => r.Raion).ToList();
            var cells = Cells(grid, (column, row) =>
            {
                var (lon, lat) = grid.Centre(column, row);
                return raions.IndexOf(DemoGazetteer.RaionOf(oblast, lon, lat));
            });
            foreach (var (raion, rectangles) in cells)
            {
                var boundary = Polygons.Difference(Union(rectangles), taken);
                if (!boundary.IsEmpty) regions.Add(new Region($"{oblast.Name} oblast, {raions[raion]} raion", boundary));
            }
            var (lon0, lat0) = grid.Corner(0, 0);
            var (lon1, lat1) = grid.Corner(grid.Columns, grid.Rows);
            taken = Polygons.Union(taken, Box(lon0, lat0, lon1, lat1));
        }
        return regions.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    // Row by row, runs of cells with one owner become one rectangle: a district is a few hundred rectangles, not thousands of cells.
    private static SortedDictionary<int, List<Polygon>> Cells(DemoGrid grid, Func<int, int, int> ownerOf)
    {
        var byOwner = new SortedDictionary<int, List<Polygon>>();
        for (int row = 0; row < grid.Rows; row++)
        {
            int start = 0, owner = ownerOf(0, row);
            for (int column = 1; column <= grid.Columns; column++)
            {
                int next = column < grid.Columns ? ownerOf(column, row) : -2;
                if (next == owner) continue;
                var (lon0, lat0) = grid.Corner(start, row);
                var (lon1, lat1) = grid.Corner(column, row + 1);
                if (!byOwner.TryGetValue(owner, out var list)) byOwner[owner] = list = [];
                list.Add(Box(lon0, lat0, lon1, lat1));
                (start, owner) = (column, next);
            }
        }
        return byOwner;
    }

    private static NtsGeometry Union(List<Polygon> rectangles) =>
        Polygons.Polygonal(CascadedPolygonUnion.Union(rectangles.ToArray()));

    private static Polygon Box(double lon0, double lat0, double lon1, double lat1)
    {
        double x0 = DemoFrame.Round(lon0), y0 = DemoFrame.Round(lat0), x1 = DemoFrame.Round(lon1), y1 = DemoFrame.Round(lat1);
        return Geo.Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
    }
}
