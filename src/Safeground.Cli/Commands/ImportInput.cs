using System.Text;
using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Import;
using Safeground.Formats;
using Safeground.Formats.Csv;
using Safeground.Formats.GeoJson;
using Safeground.Formats.GeoPackage;
using Safeground.Formats.Kml;
using Safeground.Formats.Shapefile;

namespace Safeground.Cli.Commands;

/// <summary>An input file and how to read it, chosen by its extension.</summary>
public sealed record ImportInput(string Path, string? Layer, string LonColumn, string LatColumn)
{
    public long Size => new FileInfo(Path).Length;

    private string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>
    /// Streams the features; <paramref name="progress"/> gets the bytes read so far. A file that cannot be read on
    /// (not JSON, cut short, not a GeoPackage, a KML with an unclosed tag, a shapefile without its .dbf or in another CRS) ends the import as a <see cref="SafegroundException"/> naming the
    /// file and place; a bad feature does not: it comes back with its <see cref="SourceFeature.ReadError"/>.
    /// </summary>
    public IEnumerable<SourceFeature> Read(Action<long>? progress = null) => Unreadable(Open(progress));

    private IEnumerable<SourceFeature> Unreadable(IEnumerable<SourceFeature> features)
    {
        using var e = features.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext()) yield break;
            }
            catch (Exception x) when (x is FormatException or InvalidDataException or System.Data.Common.DbException or DecoderFallbackException)
            {
                var message = x.Message.Contains(System.IO.Path.GetFileName(Path), StringComparison.Ordinal) ? x.Message : $"{Path}: {x.Message}";
                throw SafegroundException.Invalid(Texts.Render("cli.error.import.unreadable", ("message", message)));
            }
            yield return e.Current;
        }
    }

    private IEnumerable<SourceFeature> Open(Action<long>? progress)
    {
        switch (Extension)
        {
            case ".geojson" or ".json":
                return ReadStream(s => GeoJsonFeatureReader.Read(s, System.IO.Path.GetFileName(Path)), progress);
            case ".csv" or ".txt":
                return ReadStream(s => CsvFeatureReader.Read(s, System.IO.Path.GetFileName(Path), LonColumn, LatColumn), progress);
            case ".gpkg":
                return GeoPackageLayerReader.Read(Path, Layer);
            case ".kml":
                return ReadStream(s => KmlFeatureReader.Read(s, Path), progress);
            case ".kmz":
                return KmlFeatureReader.Read(Path);
            case ".shp" or ".zip":
                return ShapefileFeatureReader.Read(Path, Layer);
            default:
                throw SafegroundException.Invalid(Texts.Render("cli.error.import.extension", ("file", Path), ("extension", Extension)));
        }
    }

    /// <summary>Hazards if the first geometry is a polygon, finds if it is a point.</summary>
    public string Guess()
    {
        foreach (var f in Read())
        {
            if (f.Geometry is Polygon or MultiPolygon) return "hazards";
            if (f.Geometry is Point or MultiPoint) return "finds";
            if (f.Geometry is not null) break;
        }
        throw SafegroundException.Invalid(Texts.Render("cli.error.import.cannot-guess", ("file", Path)));
    }

    private IEnumerable<SourceFeature> ReadStream(Func<Stream, IEnumerable<SourceFeature>> reader, Action<long>? progress)
    {
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        long n = 0;
        foreach (var f in reader(file))
        {
            if (progress is not null && (++n & 1023) == 0) progress(file.Position);
            yield return f;
        }
        progress?.Invoke(file.Position);
    }
}
