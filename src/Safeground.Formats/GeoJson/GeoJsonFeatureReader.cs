using Safeground.Core.Import;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// Streams the features of a GeoJSON file (RFC 7946: FeatureCollection, Feature or bare geometry) with
/// memory flat in the file size. A bad feature comes back with <see cref="SourceFeature.ReadError"/>
/// and reading goes on; a file that is not JSON or is cut short throws a <see cref="FormatException"/>
/// naming the file, line and byte.
/// </summary>
public static class GeoJsonFeatureReader
{
    internal const int DefaultBufferSize = 64 * 1024;

    public static IEnumerable<SourceFeature> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path);
    }

    public static IEnumerable<SourceFeature> Read(Stream stream, string sourceName) =>
        Read(stream, sourceName, DefaultBufferSize);

    /// <summary>With a chosen buffer size, so tests can force refills in the middle of every token.</summary>
    internal static IEnumerable<SourceFeature> Read(Stream stream, string sourceName, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Enumerate(stream, sourceName, bufferSize);
    }

    private static IEnumerable<SourceFeature> ReadFile(string path)
    {
        // bufferSize 1: the parser has its own buffer; a second one in FileStream only copies.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        foreach (var feature in Enumerate(stream, path, DefaultBufferSize))
        {
            yield return feature;
        }
    }

    private static IEnumerable<SourceFeature> Enumerate(Stream stream, string sourceName, int bufferSize)
    {
        var parser = new GeoJsonParser(stream, sourceName, bufferSize);
        while (parser.TryRead(out var feature))
        {
            yield return feature;
        }
    }
}
