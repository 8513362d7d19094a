using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Server.Ogc;

/// <summary>
/// Writes a page of features as a GeoJSON FeatureCollection straight to the response, a feature at a
/// time: a 10,000-polygon page never exists as one object in memory.
/// </summary>
internal static class OgcFeatureResponse
{
    public delegate void FeatureWriter<in T>(Utf8JsonWriter json, string id, T record, Action<Utf8JsonWriter>? extra);

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int FlushAt = 32 * 1024;

    public static async Task WritePage<T>(HttpContext context, OgcCollection collection, LayerQuery query, LayerPage<T> page,
        FeatureWriter<T> write, TimeProvider clock)
    {
        var links = new OgcLinks(context.Request);
        var response = context.Response;
        response.ContentType = OgcLinks.GeoJson;
        await using var json = new Utf8JsonWriter(response.BodyWriter, Options);
        json.WriteStartObject();
        json.WriteString("type"u8, "FeatureCollection"u8);
        json.WriteString("timeStamp"u8, clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteNumber("numberMatched"u8, page.NumberMatched);
        json.WriteStartArray("links"u8);
        OgcLinks.Write(json, links.Self(), "self", OgcLinks.GeoJson, Texts.Render("ogc.link.page"));
        if (query.Offset + query.Limit < page.NumberMatched)
            OgcLinks.Write(json, links.Self(Offset(query.Offset + query.Limit)), "next", OgcLinks.GeoJson, Texts.Render("ogc.link.next"));
        if (query.Offset > 0)
            OgcLinks.Write(json, links.Self(Offset(Math.Max(0, query.Offset - query.Limit))), "prev", OgcLinks.GeoJson, Texts.Render("ogc.link.prev"));
        OgcLinks.Write(json, links.Href("/collections/" + collection.Id), "collection", OgcLinks.Json, collection.Title());
        json.WriteEndArray();
        json.WriteStartArray("features"u8);
        int returned = 0;
        foreach (var feature in page.Features)
        {
            write(json, feature.Id, feature.Record, null);
            returned++;
            if (json.BytesPending > FlushAt)
            {
                await json.FlushAsync(context.RequestAborted);
                await response.BodyWriter.FlushAsync(context.RequestAborted);
            }
        }
        json.WriteEndArray();
        json.WriteNumber("numberReturned"u8, returned);
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    public static async Task WriteFeature<T>(HttpContext context, OgcCollection collection, string featureId, LayerPage<T> page,
        FeatureWriter<T> write)
    {
        var feature = page.Features.FirstOrDefault()
            ?? throw new SafegroundException(ErrorKind.NotFound, Texts.Render("ogc.no-feature", ("feature", featureId), ("collection", collection.Id)));
        var links = new OgcLinks(context.Request);
        context.Response.ContentType = OgcLinks.GeoJson;
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter, Options);
        write(json, feature.Id, feature.Record, j =>
        {
            j.WriteStartArray("links"u8);
            OgcLinks.Write(j, links.Self(), "self", OgcLinks.GeoJson, Texts.Render("ogc.link.feature"));
            OgcLinks.Write(j, links.Href("/collections/" + collection.Id), "collection", OgcLinks.Json, collection.Title());
            j.WriteEndArray();
        });
        await json.FlushAsync(context.RequestAborted);
    }

    private static Dictionary<string, string> Offset(long offset) =>
        new(StringComparer.Ordinal) { ["offset"] = offset.ToString(CultureInfo.InvariantCulture) };
}
