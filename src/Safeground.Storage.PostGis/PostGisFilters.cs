using NetTopologySuite.Geometries;
using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis;

/// <summary>The PostGIS conditions of a <see cref="SqlFilter"/>.</summary>
internal static class PostGisFilters
{
    /// <summary>Bounding boxes that meet <paramref name="box"/>, through the GiST index (as the GeoPackage's R-tree does).</summary>
    public static void AddBox(this SqlFilter filter, string geometryColumn, Envelope box) =>
        filter.Add(geometryColumn + " && ST_MakeEnvelope({0}, {1}, {2}, {3}, 4326)", box.MinX, box.MinY, box.MaxX, box.MaxY);
}
