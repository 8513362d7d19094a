using System.Globalization;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using Safeground.Core.Text;

namespace Safeground.Server.Api;

/// <summary>
/// Query parameters parsed strictly: a value that does not parse is a 400 naming the parameter and
/// what it accepts, never a silently ignored filter.
/// </summary>
internal static class QueryValues
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    public static T? Word<T>(string name, string? text) where T : struct, Enum
    {
        if (text is null) return null;
        foreach (var v in Enum.GetValues<T>())
            if (string.Equals(ApiJson.Word(v), text, StringComparison.OrdinalIgnoreCase)) return v;
        throw Bad(Texts.Render("api.query.word", ("name", name), ("value", text), ("values", string.Join(", ", Enum.GetValues<T>().Select(ApiJson.Word)))));
    }

    public static DateOnly? Date(string name, string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad(Texts.Render("api.query.date", ("name", name), ("value", text)));
    }

    /// <summary>minLon,minLat,maxLon,maxLat (WGS84), as OGC API and every web map writes it.</summary>
    public static Envelope? Bbox(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(',');
        var n = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]) || !double.IsFinite(n[i]))
                throw Bad(Texts.Render("api.bbox.number", ("value", parts[i])));
        if (n.Length != 4) throw Bad(Texts.Render("api.bbox.count", ("count", n.Length)));
        if (n[0] > n[2] || n[1] > n[3]) throw Bad(Texts.Render("api.bbox.order"));
        if (n[1] < -90 || n[3] > 90) throw Bad(Texts.Render("api.bbox.latitude"));
        return new Envelope(n[0], n[2], n[1], n[3]);
    }

    public static int Limit(string? text) => Integer("limit", text, DefaultLimit, 1, MaxLimit);

    public static int Offset(string? text) => Integer("offset", text, 0, 0, int.MaxValue);

    private static int Integer(string name, string? text, int fallback, int min, int max)
    {
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            throw Bad(Texts.Render("api.query.whole-number", ("name", name), ("value", text)));
        if (v < min || v > max)
            throw Bad(Texts.Render("api.query.range", ("name", name), ("value", v), ("min", min), ("max", max)));
        return v;
    }

    public static BadHttpRequestException Bad(string message) => new(message, StatusCodes.Status400BadRequest);
}
