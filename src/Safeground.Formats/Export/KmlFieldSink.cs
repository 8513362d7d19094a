using System.Globalization;
using System.Xml;

namespace Safeground.Formats.Export;

/// <summary>
/// Writes fields as KML SimpleData (the form GDAL and ArcGIS write and read, typed by the document's Schema); a null
/// field is left out, so it reads back as absent rather than as an empty text. With no writer it only collects the
/// Schema's fields and their KML types.
/// </summary>
internal sealed class KmlFieldSink(XmlWriter? xml) : IFieldSink
{
    public List<(string Name, string Type)> Fields { get; } = [];

    public void Text(string name, string? value) => Add(name, "string", value);

    public void Number(string name, double? value) =>
        Add(name, "double", value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null);

    public void Integer(string name, long? value) => Add(name, "int", value?.ToString(CultureInfo.InvariantCulture));

    public void Boolean(string name, bool? value) => Add(name, "bool", value is { } v ? (v ? "true" : "false") : null);

    private void Add(string name, string type, string? value)
    {
        if (name == "name")
        {
            return; // the Placemark's own <name> carries it, as GDAL writes and reads it (GDAL drops a SimpleData "name")
        }

        if (xml is null)
        {
            Fields.Add((name, type));
            return;
        }

        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("SimpleData");
        xml.WriteAttributeString("name", name);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
