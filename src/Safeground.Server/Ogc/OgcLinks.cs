using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Safeground.Server.Ogc;

/// <summary>Absolute links under /ogc, built from the request: clients (GDAL, QGIS) follow them as given.</summary>
internal sealed class OgcLinks(HttpRequest request)
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

    public string Root { get; } = $"{request.Scheme}://{request.Host}{request.PathBase}/ogc";

    public string Href(string path) => Root + path;

    /// <summary>This request's URL with its query, some parameters replaced (paging links keep bbox, datetime, limit).</summary>
    public string Self(IReadOnlyDictionary<string, string>? replace = null)
    {
        var pairs = request.Query
            .Where(q => replace is null || !replace.ContainsKey(q.Key))
            .SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? "")))
            .Concat(replace?.Select(r => (r.Key, r.Value)) ?? []);
        var query = string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}" + (query.Length == 0 ? "" : "?" + query);
    }

    public static void Write(Utf8JsonWriter json, string href, string rel, string type, string? title = null)
    {
        json.WriteStartObject();
        json.WriteString("href"u8, href);
        json.WriteString("rel"u8, rel);
        json.WriteString("type"u8, type);
        if (title is not null) json.WriteString("title"u8, title);
        json.WriteEndObject();
    }
}
