using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Spatial;
using Safeground.Core.Text;

namespace Safeground.Core.Reports;

/// <summary>
/// Geometries inside a stored report payload are WKT strings: readable by a person auditing the
/// report and exact, since NTS writes doubles with round-trip precision.
/// </summary>
/// <remarks>
/// Plain 2D points (a find position: a million per import) bypass NTS both ways: going through
/// AsText and WKTReader cost more than the rest of the payload serialization together. The fast
/// path writes exactly the text NTS writes ("POINT (x y)", doubles in "R" form) and falls back to
/// NTS whenever that is not certain (an exponent, NaN/infinity, Z or M, an empty point).
/// </remarks>
public sealed class WktGeometryConverter<T> : JsonConverter<T> where T : NetTopologySuite.Geometries.Geometry
{
    // "POINT (" + two doubles in "R" form (at most 24 chars each) + " " + ")".
    private const int PointBufferLength = 64;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw new JsonException(Texts.Render("wkt.not-a-string"));
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryReadPoint(reader.ValueSpan, out var point))
        {
            return point as T ?? throw new JsonException(Texts.Render("wkt.wrong-type", ("expected", typeof(T).Name), ("type", point.GeometryType)));
        }
        var wkt = reader.GetString() ?? throw new JsonException(Texts.Render("wkt.not-a-string"));
        NetTopologySuite.Geometries.Geometry g;
        try
        {
            g = new WKTReader(Geo.Services).Read(wkt);
        }
        catch (ParseException e)
        {
            // As a JsonException the reader adds the path of the field, so the error names where the bad WKT is.
            throw new JsonException(Texts.Render("wkt.not-wkt", ("error", e.Message)), e);
        }
        catch (ArgumentException e)
        {
            // NTS checks rings as it builds them: an unclosed ring or one of fewer than 4 points is an ArgumentException.
            throw new JsonException(e.Message.Contains("closed", StringComparison.Ordinal)
                ? Texts.Render("wkt.ring-not-closed")
                : Texts.Render("wkt.invalid", ("error", e.Message)), e);
        }
        g.SRID = Geo.Wgs84;
        return g as T ?? throw new JsonException(Texts.Render("wkt.wrong-type", ("expected", typeof(T).Name), ("type", g.GeometryType)));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[PointBufferLength];
        if (value is Point point && TryWritePoint(point, buffer, out int length))
        {
            writer.WriteStringValue(buffer[..length]);
            return;
        }
        writer.WriteStringValue(value.AsText());
    }

    private static bool TryWritePoint(Point point, Span<byte> buffer, out int length)
    {
        length = 0;
        if (point.IsEmpty) return false;
        var seq = point.CoordinateSequence;
        if (seq.Dimension != 2 || seq.Measures != 0) return false;
        double x = seq.GetX(0), y = seq.GetY(0);
        if (!double.IsFinite(x) || !double.IsFinite(y)) return false;
        "POINT ("u8.CopyTo(buffer);
        int at = 7;
        if (!TryFormat(x, buffer[at..], out int n)) return false;
        at += n;
        buffer[at++] = (byte)' ';
        if (!TryFormat(y, buffer[at..], out n)) return false;
        at += n;
        if (at >= buffer.Length) return false;
        buffer[at++] = (byte)')';
        length = at;
        return true;
    }

    // NTS expands exponents into plain digits; an exponent here means "leave it to NTS".
    private static bool TryFormat(double d, Span<byte> destination, out int written) =>
        d.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture) && destination[..written].IndexOf((byte)'E') < 0;

    private static bool TryReadPoint(ReadOnlySpan<byte> wkt, out Point point)
    {
        point = null!;
        if (!wkt.StartsWith("POINT ("u8) || wkt.Length < 11 || wkt[^1] != (byte)')') return false;
        var inner = wkt[7..^1];
        int space = inner.IndexOf((byte)' ');
        if (space <= 0 || inner[(space + 1)..].IndexOf((byte)' ') >= 0) return false;
        // Only plain decimal numbers: anything else (NaN, Inf, exponents) keeps NTS's reading of it.
        const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(inner[..space], Plain, CultureInfo.InvariantCulture, out double x)) return false;
        if (!double.TryParse(inner[(space + 1)..], Plain, CultureInfo.InvariantCulture, out double y)) return false;
        point = Geo.Point(x, y);
        return true;
    }
}
