using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Spatial;
using Safeground.Core.Import;
using Safeground.Core.Text;

namespace Safeground.Formats.Csv;

/// <summary>
/// Streams the rows of a CSV file (RFC 4180, header row, ',' or ';' detected from the header) as point
/// features from a lon and a lat column, or as any geometry from a WKT column when there is no lon/lat.
/// Where = "line N", the physical line the row starts on (the header is line 1).
/// </summary>
public static class CsvFeatureReader
{
    private static readonly string[] LonNames = ["lon", "lng", "long", "longitude", "x"];
    private static readonly string[] LatNames = ["lat", "latitude", "y"];
    private static readonly string[] WktNames = ["wkt", "geometry", "geom", "the_geom"];

    public static IEnumerable<SourceFeature> Read(string path, string lonColumn = "lon", string latColumn = "lat")
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path, lonColumn, latColumn);
    }

    public static IEnumerable<SourceFeature> Read(Stream stream, string sourceName, string lonColumn = "lon", string latColumn = "lat")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(new StreamReader(stream, Encoding.UTF8, true, 64 * 1024, leaveOpen: true), sourceName, lonColumn, latColumn);
    }

    public static IEnumerable<SourceFeature> Read(TextReader reader, string sourceName, string lonColumn = "lon", string latColumn = "lat")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(lonColumn);
        ArgumentNullException.ThrowIfNull(latColumn);
        return Enumerate(reader, sourceName, lonColumn, latColumn);
    }

    private static IEnumerable<SourceFeature> ReadFile(string path, string lonColumn, string latColumn)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, new FileStreamOptions { BufferSize = 64 * 1024 });
        foreach (var feature in Enumerate(reader, path, lonColumn, latColumn))
        {
            yield return feature;
        }
    }

    private static IEnumerable<SourceFeature> Enumerate(TextReader reader, string sourceName, string lonColumn, string latColumn)
    {
        var records = new CsvRecordReader(reader, sourceName);
        var place = new FeaturePlace("import.where.line", "number");
        records.DetectDelimiter();
        var fields = new List<string?>();
        if (!records.TryRead(fields, out _))
        {
            yield break; // an empty file has no rows
        }

        string[] header = Header(fields);
        int lon = Column(header, lonColumn, "lon", LonNames);
        int lat = Column(header, latColumn, "lat", LatNames);
        int wkt = lon < 0 && lat < 0 ? Column(header, "wkt", "wkt", WktNames) : -1;
        if (wkt < 0 && (lon < 0 || lat < 0))
        {
            throw new FormatException(Texts.Render("import.csv.no-column",
                ("source", sourceName), ("column", lon < 0 ? lonColumn : latColumn), ("columns", string.Join(", ", header))));
        }

        var wktReader = wkt >= 0 ? new WKTReader(Geo.Services) : null;
        long index = 0;
        while (records.TryRead(fields, out long line))
        {
            var properties = new Dictionary<string, string?>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                properties[header[i]] = i < fields.Count ? fields[i] : null;
            }

            string? error = fields.Count > header.Length
                ? Texts.Render("import.csv.too-many-fields", ("count", fields.Count), ("header", header.Length))
                : null;
            error ??= NotUtf8(header, fields);
            Geometry? geometry = null;
            if (error is null)
            {
                geometry = wktReader != null
                    ? Wkt(wktReader, header[wkt], properties[header[wkt]], out error)
                    : Point(header[lon], properties[header[lon]], header[lat], properties[header[lat]], records.Delimiter, out error);
            }

            yield return new SourceFeature(index++, place.Of(line), geometry, properties, error);
        }
    }

    // The reader decodes with replacement: a byte that is not UTF-8 arrives as U+FFFD. A file that holds U+FFFD
    // itself lost its text before it reached us, so either way the row's text cannot be trusted: the row is refused.
    private static string? NotUtf8(string[] header, List<string?> fields)
    {
        for (int i = 0; i < fields.Count && i < header.Length; i++)
        {
            if (fields[i] is { } f && f.Contains('\uFFFD', StringComparison.Ordinal))
            {
                return Texts.Render("import.csv.not-utf8", ("column", header[i]));
            }
        }

        return null;
    }

    private static string[] Header(List<string?> fields)
    {
        var names = new string[fields.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            string name = (fields[i] ?? "").Trim();
            name = name.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"column_{i + 1}") : name;
            string unique = name;
            for (int n = 2; !seen.Add(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}_{n}"); // keep both values of a repeated header
            }

            names[i] = unique;
        }

        return names;
    }

    /// <summary>The asked-for column, or, when the caller kept the default name, any common synonym.</summary>
    private static int Column(string[] header, string wanted, string defaultName, string[] synonyms)
    {
        int found = Array.FindIndex(header, h => h.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        if (found >= 0 || !wanted.Equals(defaultName, StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        foreach (string synonym in synonyms)
        {
            found = Array.FindIndex(header, h => h.Equals(synonym, StringComparison.OrdinalIgnoreCase));
            if (found >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    private static Point? Point(string lonName, string? lonText, string latName, string? latText, char delimiter, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(lonText) || string.IsNullOrWhiteSpace(latText))
        {
            return null;
        }

        if (!TryNumber(lonText, delimiter, out double lon))
        {
            error = Texts.Render("import.csv.not-a-number", ("column", lonName), ("text", lonText));
            return null;
        }

        if (!TryNumber(latText, delimiter, out double lat))
        {
            error = Texts.Render("import.csv.not-a-number", ("column", latName), ("text", latText));
            return null;
        }

        return Geo.Point(lon, lat);
    }

    private static bool TryNumber(string text, char delimiter, out double value)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        // A ';' file usually comes from a spreadsheet in a locale that writes 44,123 for 44.123.
        return delimiter == ';'
            && text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal)
            && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static Geometry? Wkt(WKTReader reader, string column, string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            // Copied into Geo.Factory: the reader's own factory is an equal but different instance.
            return Geo.Factory.CreateGeometry(reader.Read(text));
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException)
        {
            error = Texts.Render("import.csv.not-wkt", ("column", column), ("error", e.Message));
            return null;
        }
    }
}
