using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using NetTopologySuite.Geometries;
using Safeground.Core.Import;
using Safeground.Core.Text;

namespace Safeground.Formats.Kml;

/// <summary>
/// Streams the Placemarks of a KML 2.2 file (Google Earth, GDAL, GPS tools) or of a KMZ (a zip with doc.kml) as
/// <see cref="SourceFeature"/>s, one placemark in memory at a time whatever the file's size. Properties: name,
/// description, and ExtendedData (Data/value and SchemaData/SimpleData). A placemark whose geometry cannot be read
/// comes back with its <see cref="SourceFeature.ReadError"/>; a file that is not well-formed XML (an unclosed tag,
/// cut short) throws a <see cref="FormatException"/> naming the file, line and position.
/// Where = "placemark N" (with its name when it has one).
/// </summary>
public static class KmlFeatureReader
{
    public static IEnumerable<SourceFeature> Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Enumerate(stream, sourceName);
    }

    /// <summary>A .kml or .kmz file, told apart by its first bytes (a zip starts "PK").</summary>
    public static IEnumerable<SourceFeature> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path);
    }

    private static IEnumerable<SourceFeature> ReadFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        bool zip = file.ReadByte() == 'P' && file.ReadByte() == 'K';
        file.Position = 0;
        if (!zip)
        {
            foreach (var feature in Enumerate(file, path)) yield return feature;
            yield break;
        }

        using var archive = OpenZip(file, path);
        var entry = Document(archive) ?? throw new FormatException(Texts.Render("import.kml.kmz-without-kml", ("path", path)));
        using var kml = entry.Open();
        foreach (var feature in Enumerate(kml, $"{path}/{entry.FullName}")) yield return feature;
    }

    private static ZipArchive OpenZip(Stream file, string path)
    {
        try
        {
            return new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new FormatException(Texts.Render("import.kml.not-a-zip", ("path", path), ("error", e.Message)), e);
        }
    }

    /// <summary>doc.kml by convention; else the first .kml at the top, then anywhere (Google Earth reads the first).</summary>
    private static ZipArchiveEntry? Document(ZipArchive archive) =>
        archive.Entries.FirstOrDefault(e => e.FullName.Equals("doc.kml", StringComparison.OrdinalIgnoreCase))
        ?? archive.Entries.FirstOrDefault(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
        ?? archive.Entries.FirstOrDefault(e => e.FullName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<SourceFeature> Enumerate(Stream stream, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, // no entity expansion from a file someone sent
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var place = new FeaturePlace("import.where.placemark", "number");
        long index = 0;
        bool root = true;
        while (true)
        {
            XElement? placemark;
            try
            {
                placemark = NextPlacemark(reader, sourceName, ref root);
            }
            catch (XmlException e)
            {
                throw new FormatException(Texts.Render("import.kml.not-xml", ("path", sourceName), ("line", e.LineNumber), ("position", e.LinePosition), ("error", e.Message)), e);
            }

            if (placemark is null) yield break;
            yield return Feature(placemark, index, place);
            index++;
        }
    }

    /// <summary>The next Placemark, read whole (one is small; the file may not be); null at the end.</summary>
    private static XElement? NextPlacemark(XmlReader reader, string sourceName, ref bool root)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (root)
            {
                root = false;
                if (reader.LocalName is not ("kml" or "Document" or "Folder" or "Placemark"))
                {
                    throw new FormatException(Texts.Render("import.kml.not-kml", ("path", sourceName), ("element", reader.LocalName)));
                }
            }

            if (reader.LocalName == "Placemark")
            {
                return (XElement)XNode.ReadFrom(reader);
            }

            reader.Read();
        }

        return null;
    }

    private static SourceFeature Feature(XElement placemark, long index, FeaturePlace place)
    {
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        Geometry? geometry = null;
        string? error = null;
        foreach (var child in placemark.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "name" or "description":
                    properties[child.Name.LocalName] = child.Value.Trim();
                    break;
                case "ExtendedData":
                    ExtendedData(child, properties);
                    break;
                default:
                    if (KmlGeometry.IsGeometry(child) && geometry is null && error is null)
                    {
                        geometry = KmlGeometry.Read(child, out error);
                    }

                    break;
            }
        }

        string where = place.Of(index + 1);
        if (properties.TryGetValue("name", out var name) && !string.IsNullOrEmpty(name))
        {
            where = Texts.Render("import.where.named", ("where", where), ("name", name));
        }

        return new SourceFeature(index, where, geometry, properties, error);
    }

    /// <summary>Data/value (Google Earth) and SchemaData/SimpleData (GDAL, ArcGIS); an empty value is null, as in a blank cell.</summary>
    private static void ExtendedData(XElement extended, Dictionary<string, string?> properties)
    {
        foreach (var item in extended.Elements())
        {
            if (item.Name.LocalName == "Data" && item.Attribute("name")?.Value is { } dataName)
            {
                properties[dataName] = Value(item.Elements().FirstOrDefault(e => e.Name.LocalName == "value")?.Value);
            }
            else if (item.Name.LocalName == "SchemaData")
            {
                foreach (var simple in item.Elements().Where(e => e.Name.LocalName == "SimpleData"))
                {
                    if (simple.Attribute("name")?.Value is { } simpleName) properties[simpleName] = Value(simple.Value);
                }
            }
        }
    }

    private static string? Value(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
