using System.IO.Compression;
using System.Text;
using System.Xml;
using NetTopologySuite.Geometries;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;

namespace Safeground.Formats.Export;

/// <summary>
/// Exports projections as KML 2.2 for Google Earth and GIS tools, streaming: one Placemark per record, named, styled
/// by what the land is (hazards red while open, orange in progress, grey when suspended, green when closed; released
/// land green, darker the more thorough the method; finds and accidents as pins), with the same fields as the
/// GeoJSON and CSV exports as typed ExtendedData (Schema + SchemaData, as GDAL writes it). <see cref="Zipped"/>
/// makes a KMZ.
/// </summary>
public static class KmlExport
{
    private const string Namespace = "http://www.opengis.net/kml/2.2";

    // KML colours are aabbggrr. Fills are half transparent so the imagery under a hazard stays visible.
    private static readonly (string Id, string Line, string Fill)[] AreaStyles =
    [
        ("status-open", "ff0000ff", "7f0000ff"),
        ("status-in-progress", "ff0080ff", "7f0080ff"),
        ("status-suspended", "ff808080", "7f0000c0"),
        ("status-closed", "ff00b000", "7f00b000"),
        ("method-cancelled", "ff80ff80", "7f80ff80"),
        ("method-reduced", "ff00d000", "7f00d000"),
        ("method-cleared", "ff008000", "7f008000"),
    ];

    private static readonly (string Id, string Colour)[] PointStyles = [("find", "ff00a5ff"), ("accident", "ff800080"), ("risk-education", "ff32cd32"), ("incident", "ff0000ff")];

    /// <summary>Hazardous areas; the geometry is what remains hazardous (none once all is released).</summary>
    public static void WriteHazards(Stream output, IEnumerable<HazardState> hazards) =>
        Write(output, "hazards", hazards, h => h.Remaining, h => h.Name, h => "status-" + EnumText.Of<HazardStatus>(h.Status), ExportFields.Hazard);

    /// <summary>Released land, one placemark per release event, with the area it actually released.</summary>
    public static void WriteReleases(Stream output, IEnumerable<ReleaseEvent> releases) =>
        Write(output, "released", releases, r => r.Area, r => $"{r.HazardId} {EnumText.Of<ReleaseMethod>(r.Method)}", r => "method-" + EnumText.Of<ReleaseMethod>(r.Method), ExportFields.Release);

    public static void WriteFinds(Stream output, IEnumerable<FindRecord> finds) =>
        Write(output, "finds", finds, f => f.Find.Position, f => f.Find.Model is { } m ? $"{EnumText.Of<EoCategory>(f.Find.Category)} {m}" : EnumText.Of<EoCategory>(f.Find.Category)!, _ => "find", ExportFields.Find);

    /// <summary>Civilian casualty incidents, the people killed and injured as counts only.</summary>
    public static void WriteIncidents(Stream output, IEnumerable<Core.Casualties.IncidentRecord> incidents) =>
        Write(output, "incidents", incidents, i => i.Incident.Position, i => i.ReportId, _ => "incident", ExportFields.Incident);

    /// <summary>Risk-education sessions, their audience as counts only.</summary>
    public static void WriteRiskEducation(Stream output, IEnumerable<Core.RiskEducation.RiskEducationRecord> sessions) =>
        Write(output, "risk-education", sessions, s => s.Session.Position, s => s.ReportId, _ => "risk-education", ExportFields.RiskEducation);

    /// <summary>Accidents with killed/injured counts only: no personal data about victims.</summary>
    public static void WriteAccidents(Stream output, IEnumerable<AccidentRecord> accidents) =>
        Write(output, "accidents", accidents, a => a.Accident.Position, a => a.ReportId, _ => "accident", ExportFields.Accident);

    /// <summary>A KMZ: the KML that <paramref name="write"/> makes, as doc.kml in a zip (what Google Earth opens).</summary>
    public static void Zipped(Stream output, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(write);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using var entry = zip.CreateEntry("doc.kml", CompressionLevel.Optimal).Open();
        write(entry);
    }

    private static void Write<T>(Stream output, string layer, IEnumerable<T> records, Func<T, Geometry?> geometry, Func<T, string?> name,
        Func<T, string> style, Action<T?, IFieldSink> fields)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("kml", Namespace);
        xml.WriteStartElement("Document");
        xml.WriteAttributeString("id", layer);
        xml.WriteElementString("name", layer);
        Styles(xml); // KML 2.2 puts a Document's styles before its schemas
        Schema(xml, layer, fields);
        var sink = new KmlFieldSink(xml);
        foreach (var record in records)
        {
            xml.WriteStartElement("Placemark");
            // A hazard's label is its name field, so none is written when it has none: a label made up from its id
            // would come back as its name on import.
            if (name(record) is { Length: > 0 } label)
            {
                xml.WriteElementString("name", label);
            }

            xml.WriteElementString("styleUrl", "#" + style(record));
            xml.WriteStartElement("ExtendedData");
            xml.WriteStartElement("SchemaData");
            xml.WriteAttributeString("schemaUrl", "#" + layer);
            fields(record, sink);
            xml.WriteEndElement();
            xml.WriteEndElement();
            KmlGeometryWriter.Write(xml, geometry(record));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Schema<T>(XmlWriter xml, string layer, Action<T?, IFieldSink> fields)
        where T : class
    {
        var names = new KmlFieldSink(null);
        fields(null, names);
        xml.WriteStartElement("Schema");
        xml.WriteAttributeString("name", layer);
        xml.WriteAttributeString("id", layer);
        foreach (var (field, type) in names.Fields)
        {
            xml.WriteStartElement("SimpleField");
            xml.WriteAttributeString("name", field);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Styles(XmlWriter xml)
    {
        foreach (var (id, line, fill) in AreaStyles)
        {
            xml.WriteStartElement("Style");
            xml.WriteAttributeString("id", id);
            xml.WriteStartElement("LineStyle");
            xml.WriteElementString("color", line);
            xml.WriteElementString("width", "2");
            xml.WriteEndElement();
            xml.WriteStartElement("PolyStyle");
            xml.WriteElementString("color", fill);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        foreach (var (id, colour) in PointStyles)
        {
            xml.WriteStartElement("Style");
            xml.WriteAttributeString("id", id);
            xml.WriteStartElement("IconStyle");
            xml.WriteElementString("color", colour);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }
}
