using System.Globalization;
using System.IO.Compression;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using Safeground.Core.Import;
using Safeground.Core.Spatial;
using Safeground.Core.Text;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace Safeground.Formats.Shapefile;

/// <summary>
/// Streams the records of an ESRI Shapefile (.shp with its .dbf, .prj, .cpg beside it), or of one inside a .zip, as
/// <see cref="SourceFeature"/>s. Attributes come from the .dbf in the encoding its .cpg names (else the one its
/// header says); the short names of <see cref="ShapefileFieldNames"/> get their long names too, so our own exports
/// read back as they were written. Only WGS84 lon/lat is read (<see cref="ShapefileProjection"/>). A shapefile
/// without its .dbf, in another CRS or cut short throws a <see cref="FormatException"/> naming the file (and the
/// record); a record whose shape cannot be held comes back with its <see cref="SourceFeature.ReadError"/>.
/// Where = "record N" (1-based, in file order).
/// </summary>
public static class ShapefileFeatureReader
{
    static ShapefileFeatureReader()
    {
        // .cpg files name Windows and DOS code pages (1252, 866, 1251...), which .NET Core only knows with this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <param name="path">A .shp, or a .zip holding one (or several: <paramref name="layer"/> names which).</param>
    public static IEnumerable<SourceFeature> Read(string path, string? layer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(Texts.Render("import.shp.no-such-file", ("path", path)), path);
        }

        return path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ReadZip(path, layer) : ReadShp(path, path);
    }

    private static IEnumerable<SourceFeature> ReadZip(string path, string? layer)
    {
        var work = Directory.CreateTempSubdirectory("safeground-shp-");
        try
        {
            string shp;
            using (var zip = OpenZip(path))
            {
                var entry = Choose(zip, path, layer);
                string stem = entry.FullName[..^4];
                shp = Path.Combine(work.FullName, Path.GetFileName(entry.FullName));
                foreach (var part in zip.Entries.Where(e => e.FullName.Length == stem.Length + 4 && e.FullName.StartsWith(stem, StringComparison.Ordinal)))
                {
                    part.ExtractToFile(Path.Combine(work.FullName, Path.GetFileName(part.FullName)));
                }
            }

            foreach (var feature in ReadShp(shp, $"{path}/{Path.GetFileName(shp)}"))
            {
                yield return feature;
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static ZipArchive OpenZip(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new FormatException(Texts.Render("import.shp.not-a-zip", ("path", path), ("error", e.Message)), e);
        }
    }

    private static ZipArchiveEntry Choose(ZipArchive zip, string path, string? layer)
    {
        var shapefiles = zip.Entries.Where(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
        string names = string.Join(", ", shapefiles.Select(e => Path.GetFileNameWithoutExtension(e.FullName)));
        if (layer is not null)
        {
            return shapefiles.Find(e => Path.GetFileNameWithoutExtension(e.FullName).Equals(layer, StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException(Texts.Render("import.shp.no-such-layer", ("path", path), ("layer", layer), ("layers", names)));
        }

        return shapefiles.Count switch
        {
            1 => shapefiles[0],
            0 => throw new FormatException(Texts.Render("import.shp.zip-without-shp", ("path", path))),
            _ => throw new FormatException(Texts.Render("import.shp.several-layers", ("path", path), ("layers", names))),
        };
    }

    private static IEnumerable<SourceFeature> ReadShp(string shp, string name)
    {
        string dbf = Sibling(shp, ".dbf") ?? throw new FormatException(Texts.Render("import.shp.no-dbf", ("path", name)));
        string? prj = Sibling(shp, ".prj");
        string? cpg = Sibling(shp, ".cpg");
        var options = new ShapefileReaderOptions
        {
            Factory = Geo.Factory,
            // Dirty polygons (a ring crossing itself) come back as drawn, for the importer's triage to repair or
            // refuse by name; the strict default throws and would end the file at the first one.
            GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes, Encoding = cpg is null ? null : EncodingOf(File.ReadAllText(cpg), name),
        };
        using var shpStream = new FileStream(shp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var dbfStream = new FileStream(dbf, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = Open(shpStream, dbfStream, options, name);
        ShapefileProjection.CheckWgs84(prj is null ? null : File.ReadAllText(prj), name, reader.BoundingBox);

        var place = new FeaturePlace("import.where.record", "number");
        long record = 0;
        long index = 0;
        while (true)
        {
            record++;
            Geometry? geometry;
            bool deleted;
            string? error = null;
            try
            {
                if (!reader.Read(out deleted)) yield break;
                geometry = reader.Geometry;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                // A shape NTS cannot hold (a ring of 2 points); the record was read whole, so the next one can be.
                (geometry, deleted, error) = (null, false, Texts.Render("import.shp.bad-shape", ("error", e.Message)));
            }
            catch (Exception e) when (e is EndOfStreamException or IOException or NotSupportedException)
            {
                throw new FormatException(Texts.Render("import.shp.unreadable", ("path", name), ("where", place.Of(record)), ("error", e.Message)), e);
            }

            if (deleted) continue;
            if (error is null && HasPlaceholderRing(geometry))
            {
                (geometry, error) = (null, Texts.Render("import.shp.ring-too-few"));
            }

            var properties = new Dictionary<string, string?>(reader.Fields.Count * 2, StringComparer.Ordinal);
            for (int i = 0; i < reader.Fields.Count; i++)
            {
                var field = reader.Fields[i];
                string? value = Text(field.Value);
                properties[field.Name] = value;
                if (ShapefileFieldNames.LongName(field.Name) is { } longName) properties.TryAdd(longName, value);
            }

            yield return new SourceFeature(index++, place.Of(record), Simple(geometry), properties, error);
        }
    }

    /// <summary>
    /// A shapefile's polygon shape is always read as a MultiPolygon; one part is a Polygon, as GeoJSON and KML say it.
    /// An empty shape (a null record) is no geometry.
    /// </summary>
    private static Geometry? Simple(Geometry? geometry) => geometry switch
    {
        null or { IsEmpty: true } => null,
        MultiPolygon { NumGeometries: 1 } one => one.GetGeometryN(0),
        _ => geometry,
    };

    /// <summary>
    /// In <see cref="GeometryBuilderMode.IgnoreInvalidShapes"/> the library stands a ring it cannot build (fewer than
    /// 3 distinct points) in with one whose every point is 0,0: kept, it would put a hazard off the coast of Africa.
    /// A real ring is never all one point, so such a ring is read as what it is.
    /// </summary>
    private static bool HasPlaceholderRing(Geometry? geometry)
    {
        if (geometry is not (Polygon or MultiPolygon)) return false;
        for (int i = 0; i < geometry.NumGeometries; i++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(i);
            if (Zero(polygon.ExteriorRing) || polygon.InteriorRings.Any(Zero)) return true;
        }

        return false;

        static bool Zero(LineString ring) => !ring.IsEmpty && ring.Coordinates.All(c => c.X == 0 && c.Y == 0);
    }

    private static ShapefileReader Open(Stream shp, Stream dbf, ShapefileReaderOptions options, string name)
    {
        try
        {
            return EsriShapefile.OpenRead(shp, dbf, options);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException or InvalidDataException or FileLoadException)
        {
            throw new FormatException(Texts.Render("import.shp.not-a-shapefile", ("path", name), ("error", e.Message)), e);
        }
    }

    /// <summary>x.dbf beside x.shp, whatever the case of its extension (files from Windows come as X.DBF).</summary>
    private static string? Sibling(string shp, string extension)
    {
        string exact = Path.ChangeExtension(shp, extension);
        if (File.Exists(exact)) return exact;
        string stem = Path.GetFileNameWithoutExtension(shp);
        var directory = Path.GetDirectoryName(Path.GetFullPath(shp))!;
        return Directory.EnumerateFiles(directory, stem + ".*")
            .FirstOrDefault(f => Path.GetFileName(f).Equals(stem + extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The .cpg's code page: "UTF-8", "1252", "CP1251", "ISO-8859-1"...</summary>
    private static Encoding EncodingOf(string cpg, string name)
    {
        string text = cpg.Trim();
        string code = text.StartsWith("CP", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        try
        {
            return int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out int page)
                ? Encoding.GetEncoding(page == 65001 ? 65001 : page)
                : Encoding.GetEncoding(text);
        }
        catch (ArgumentException)
        {
            throw new FormatException(Texts.Render("import.shp.unknown-encoding", ("path", name), ("encoding", text)));
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };
}
