using NetTopologySuite.Geometries;
using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>
/// Draws one layer of one tile from the store: the features in the tile and its buffer, clipped and quantised;
/// finds below <see cref="TileLayer.FindsIndividualFromZoom"/> and hazards too small to draw as counts per cell.
/// </summary>
internal static class TileRenderer
{
    /// <summary>The tile (one layer) as Mapbox Vector Tile bytes; empty when no feature shows in it.</summary>
    public static byte[] Render(IMapLayerStore store, TileLayer layer, TileAddress tile)
    {
        var builder = new MvtLayerBuilder();
        var area = tile.LonLatBounds(TileAddress.Buffer);
        var geometry = new TileGeometry(tile);
        if (layer.Layer == FeatureLayer.Finds && tile.Z < TileLayer.FindsIndividualFromZoom)
        {
            var cells = new FindCells(tile);
            foreach (var find in store.FindPoints(tile.LonLatBounds(0))) cells.Add(find);
            cells.WriteTo(builder);
        }
        else
        {
            var small = layer.Layer == FeatureLayer.Hazards ? new HazardCells(tile) : null;
            foreach (var feature in store.MapFeatures(layer.Layer, area))
            {
                if (feature.Geometry is Point p)
                {
                    if (geometry.Point(p.X, p.Y) is { } at) builder.AddPoint(at.X, at.Y, feature.Attributes);
                }
                else if (geometry.Polygonal(feature.Geometry) is { Count: > 0 } rings)
                {
                    builder.AddPolygon(rings, feature.Attributes);
                }
                else
                {
                    small?.Add(feature); // outside the tile, or too small to draw: counted if its centre is in the tile
                }
            }
            small?.WriteTo(builder);
        }
        return builder.FeatureCount == 0 ? [] : builder.ToTile(layer.Name);
    }
}
