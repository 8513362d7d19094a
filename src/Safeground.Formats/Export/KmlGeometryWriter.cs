using System.Globalization;
using System.Text;
using System.Xml;
using NetTopologySuite.Geometries;

namespace Safeground.Formats.Export;

/// <summary>Writes NTS geometries as KML 2.2 geometry elements (lon,lat, round-trip precision); an empty geometry writes nothing.</summary>
internal static class KmlGeometryWriter
{
    public static void Write(XmlWriter xml, Geometry? geometry)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            return;
        }

        switch (geometry)
        {
            case Point point:
                xml.WriteStartElement("Point");
                Coordinates(xml, point.CoordinateSequence);
                xml.WriteEndElement();
                break;
            case LinearRing ring:
                xml.WriteStartElement("LinearRing");
                Coordinates(xml, ring.CoordinateSequence);
                xml.WriteEndElement();
                break;
            case LineString line:
                xml.WriteStartElement("LineString");
                Coordinates(xml, line.CoordinateSequence);
                xml.WriteEndElement();
                break;
            case Polygon polygon:
                xml.WriteStartElement("Polygon");
                Boundary(xml, "outerBoundaryIs", polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    Boundary(xml, "innerBoundaryIs", hole);
                }

                xml.WriteEndElement();
                break;
            case GeometryCollection collection:
                xml.WriteStartElement("MultiGeometry");
                foreach (var part in collection.Geometries)
                {
                    Write(xml, part);
                }

                xml.WriteEndElement();
                break;
        }
    }

    private static void Boundary(XmlWriter xml, string name, LineString ring)
    {
        xml.WriteStartElement(name);
        xml.WriteStartElement("LinearRing");
        Coordinates(xml, ring.CoordinateSequence);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Coordinates(XmlWriter xml, CoordinateSequence sequence)
    {
        var text = new StringBuilder(sequence.Count * 40);
        for (int i = 0; i < sequence.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(sequence.GetX(i).ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(sequence.GetY(i).ToString("R", CultureInfo.InvariantCulture));
        }

        xml.WriteElementString("coordinates", text.ToString());
    }
}
