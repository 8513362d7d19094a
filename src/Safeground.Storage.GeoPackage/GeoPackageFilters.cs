using NetTopologySuite.Geometries;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage;

/// <summary>The GeoPackage conditions of a <see cref="SqlFilter"/>.</summary>
internal static class GeoPackageFilters
{
    /// <summary>Rows whose R-tree box meets <paramref name="box"/> (<paramref name="rtree"/>: the layer's rtree_&lt;table&gt;_geom).</summary>
    public static void AddBox(this SqlFilter filter, string rtree, Envelope box) =>
        filter.Add($"fid IN (SELECT id FROM {rtree} WHERE maxx >= {{0}} AND minx <= {{1}} AND maxy >= {{2}} AND miny <= {{3}})",
            box.MinX, box.MaxX, box.MinY, box.MaxY);
}
