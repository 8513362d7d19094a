using Microsoft.AspNetCore.Routing;

namespace Safeground.Server.Ogc;

/// <summary>OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0) under /ogc, so QGIS, ArcGIS and GDAL connect.</summary>
public static class OgcEndpoints
{
    public static void Map(RouteGroupBuilder ogc)
    {
        ArgumentNullException.ThrowIfNull(ogc);
    }
}
