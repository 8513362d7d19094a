using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>TileJSON 3.0.0 documents: where the tiles are (absolute URL template), their zooms, bounds and layers' fields.</summary>
internal static class TileJson
{
    /// <summary>
    /// The highest zoom announced: at 16 a tile unit is under 15 cm, finer than any survey; clients
    /// over-zoom beyond it (the endpoints still answer up to <see cref="TileAddress.MaxZoom"/>).
    /// </summary>
    public const int MaxZoom = 16;

    public static object Document(HttpRequest request, ISafegroundStore store, IReadOnlyList<TileLayer> layers, string path, string name)
    {
        var bounds = new Envelope();
        foreach (var l in layers)
        {
            if (store.Extent(l.Layer).Area is { } a) bounds.ExpandToInclude(a);
        }
        // The regions the store covers frame the map too: a field kit holds exactly one, and the team opens on
        // all of it (with a margin to see across the boundary), not just on the few hazards recorded so far.
        foreach (var region in store.Regions()) bounds.ExpandToInclude(WithMargin(region.Boundary.EnvelopeInternal));
        double[] box = bounds.IsNull ? [-180, -85.05112878, 180, 85.05112878] : [bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY];
        string origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Dictionary<string, object>
        {
            ["tilejson"] = "3.0.0",
            ["name"] = name,
            ["scheme"] = "xyz",
            ["tiles"] = new[] { origin + path + "/{z}/{x}/{y}.mvt" },
            ["minzoom"] = 0,
            ["maxzoom"] = MaxZoom,
            ["bounds"] = box,
            ["center"] = new[] { (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, 8 },
            ["vector_layers"] = layers.Select(l => new Dictionary<string, object>
            {
                ["id"] = l.Name,
                ["description"] = l.Description(),
                ["minzoom"] = 0,
                ["maxzoom"] = MaxZoom,
                ["fields"] = l.Fields(),
            }).ToList(),
        };
    }

    /// <summary>What a region adds to the map's frame: its bounding box and a twentieth of its size on every side.</summary>
    public const double RegionMargin = 0.05;

    internal static Envelope WithMargin(Envelope e)
    {
        double dx = e.Width * RegionMargin, dy = e.Height * RegionMargin;
        // Web Mercator ends at ±85.05°: a frame beyond it is not a frame MapLibre can fit.
        return new Envelope(Math.Max(-180, e.MinX - dx), Math.Min(180, e.MaxX + dx), Math.Max(-85.05112878, e.MinY - dy), Math.Min(85.05112878, e.MaxY + dy));
    }
}
