using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>
/// Mapbox vector tiles under /tiles: /tiles/{layer}/{z}/{x}/{y}.mvt for one layer, /tiles/{z}/{x}/{y}.mvt
/// for all four; TileJSON at /tiles/{layer}.json and /tiles/tiles.json. An empty tile is 204 No Content.
/// Tiles are cached per store revision and carry it as their ETag (Cache-Control: no-cache, so clients
/// revalidate and see an approval at once).
/// </summary>
public static class TileEndpoints
{
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    public static void Map(RouteGroupBuilder tiles)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        var cache = new TileCache();
        // The request's store comes from the server's pooled stores (see ServerOptions.OpenStore).
        tiles.MapGet("/tiles.json", (HttpContext c, ISafegroundStore store) =>
            Results.Json(TileJson.Document(c.Request, store, TileLayer.All, "/tiles", "safeground")));
        tiles.MapGet("/{layer}.json", (HttpContext c, ISafegroundStore store, string layer) =>
        {
            var l = TileLayer.Find(layer);
            return Results.Json(TileJson.Document(c.Request, store, [l], "/tiles/" + l.Name, l.Name));
        });
        tiles.MapGet("/{z}/{x}/{y}.mvt", (HttpContext c, ISafegroundStore store, string z, string x, string y) =>
            Serve(c, store, cache, TileLayer.All, TileAddress.Parse(z, x, y)));
        tiles.MapGet("/{layer}/{z}/{x}/{y}.mvt", (HttpContext c, ISafegroundStore store, string layer, string z, string x, string y) =>
        {
            var l = TileLayer.Find(layer);
            return Serve(c, store, cache, [l], TileAddress.Parse(z, x, y));
        });
    }

    private static IResult Serve(HttpContext c, ISafegroundStore store, TileCache cache, IReadOnlyList<TileLayer> layers, TileAddress tile)
    {
        string revision = store.Revision();
        string etag = "\"" + revision + "\"";
        c.Response.Headers.CacheControl = "no-cache";
        c.Response.Headers.ETag = etag;
        if (c.Request.Headers.IfNoneMatch.Contains(etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        // A tile of several layers is the concatenation of one-layer tiles (repeated field 3 of Tile).
        var parts = new List<byte[]>(layers.Count);
        foreach (var layer in layers)
        {
            var bytes = cache.Get(store.Location, layer.Name, tile, revision);
            if (bytes is null)
            {
                bytes = TileRenderer.Render(store, layer, tile);
                cache.Put(store.Location, layer.Name, tile, revision, bytes);
            }
            if (bytes.Length > 0) parts.Add(bytes);
        }
        if (parts.Count == 0) return Results.NoContent();
        var body = parts.Count == 1 ? parts[0] : Concat(parts);
        return Results.Bytes(body, ContentType);
    }

    private static byte[] Concat(List<byte[]> parts)
    {
        var body = new byte[parts.Sum(p => p.Length)];
        int at = 0;
        foreach (var p in parts)
        {
            p.CopyTo(body, at);
            at += p.Length;
        }
        return body;
    }
}
