using Safeground.Core.Text;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using Safeground.Core.Storage;

namespace Safeground.Server.Ogc;

/// <summary>
/// The query parameters of /items (OGC 17-069r4 §7.15), parsed and checked before anything is read, so a
/// bad parameter is a 400 with the reason rather than a half-written page.
/// </summary>
internal static class OgcItemsRequest
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "limit", "offset", "bbox", "datetime", "f" };

    public static LayerQuery Parse(IQueryCollection query)
    {
        foreach (var key in query.Keys)
        {
            if (!Known.Contains(key)) throw Bad(Texts.Render("ogc.unknown-parameter", ("key", key)));
        }
        CheckFormat(query);
        int limit = DefaultLimit;
        if (Single(query, "limit") is { } l)
        {
            if (!long.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out long asked) || asked < 1)
                throw Bad(Texts.Render("ogc.limit", ("max", MaxLimit), ("value", l)));
            // More than the maximum is not an error in OGC API – Features: the page holds the maximum.
            limit = (int)Math.Min(asked, MaxLimit);
        }
        long offset = 0;
        if (Single(query, "offset") is { } o && !long.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            throw Bad(Texts.Render("ogc.offset", ("value", o)));
        var area = Single(query, "bbox") is { } b ? Bbox(b) : null;
        var (from, to) = Single(query, "datetime") is { } d ? Interval(d) : (null, null);
        return new LayerQuery(area, from, to, offset, limit);
    }

    /// <summary>Only GeoJSON is served: f may say so, or be left out.</summary>
    public static void CheckFormat(IQueryCollection query)
    {
        if (Single(query, "f") is { } f && f is not ("json" or "geojson"))
            throw Bad(Texts.Render("ogc.format", ("value", f)));
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        if (values.Count > 1) throw Bad(Texts.Render("ogc.repeated", ("name", name), ("count", values.Count)));
        return values.Count == 0 ? null : values[0];
    }

    private static Envelope Bbox(string text)
    {
        var parts = text.Split(',');
        var n = new double[parts.Length];
        bool numbers = parts.Length is 4 or 6 && parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]) && double.IsFinite(n[i])).All(ok => ok);
        if (!numbers) throw Bad(Texts.Render("ogc.bbox.numbers", ("value", text)));
        // Six numbers carry heights, which a 2D layer ignores.
        var (minx, miny, maxx, maxy) = parts.Length == 4 ? (n[0], n[1], n[2], n[3]) : (n[0], n[1], n[3], n[4]);
        if (minx > maxx || miny > maxy) throw Bad(Texts.Render("ogc.bbox.order", ("value", text)));
        if (minx < -180 || maxx > 180 || miny < -90 || maxy > 90) throw Bad(Texts.Render("ogc.bbox.range", ("value", text)));
        return new Envelope(minx, maxx, miny, maxy);
    }

    private static (DateOnly? From, DateOnly? To) Interval(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 1)
        {
            var instant = Instant(parts[0], text) ?? throw Bad(Texts.Render("ogc.datetime.open", ("value", text)));
            return (instant, instant);
        }
        if (parts.Length != 2) throw Bad(Texts.Render("ogc.datetime.shape", ("value", text)));
        var (from, to) = (Instant(parts[0], text), Instant(parts[1], text));
        if (from > to) throw Bad(Texts.Render("ogc.datetime.order", ("value", text)));
        return (from, to);
    }

    // Features carry dates, so an instant counts by its UTC day.
    private static DateOnly? Instant(string text, string whole)
    {
        if (text is ".." or "") return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (text.Length > 10 && text[10] is 'T' or 't'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return DateOnly.FromDateTime(at.UtcDateTime);
        }
        throw Bad(Texts.Render("ogc.datetime.value", ("whole", whole), ("value", text)));
    }

    private static BadHttpRequestException Bad(string message) => new(message, StatusCodes.Status400BadRequest);
}
