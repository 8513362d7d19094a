using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Safeground.Formats.Export;

/// <summary>Writes NTS geometries as RFC 7946 geometry objects; an empty geometry is written as null.</summary>
public static class GeoJsonGeometryWriter
{
    public static void Write(Utf8JsonWriter json, Geometry? geometry)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("type"u8, geometry.GeometryType);
        if (geometry is GeometryCollection collection and not MultiPoint and not MultiLineString and not MultiPolygon)
        {
            json.WriteStartArray("geometries"u8);
            foreach (var part in collection.Geometries)
            {
                Write(json, part);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WritePropertyName("coordinates"u8);
            Coordinates(json, geometry);
        }

        json.WriteEndObject();
    }

    private static void Coordinates(Utf8JsonWriter json, Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                Position(json, point.CoordinateSequence, 0);
                break;
            case LineString line:
                Positions(json, line.CoordinateSequence);
                break;
            case Polygon polygon:
                json.WriteStartArray();
                Positions(json, polygon.ExteriorRing.CoordinateSequence);
                foreach (var hole in polygon.InteriorRings)
                {
                    Positions(json, hole.CoordinateSequence);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStartArray();
                foreach (var part in ((GeometryCollection)geometry).Geometries)
                {
                    if (!part.IsEmpty)
                    {
                        Coordinates(json, part);
                    }
                }

                json.WriteEndArray();
                break;
        }
    }

    private static void Positions(Utf8JsonWriter json, CoordinateSequence sequence)
    {
        json.WriteStartArray();
        for (int i = 0; i < sequence.Count; i++)
        {
            Position(json, sequence, i);
        }

        json.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter json, CoordinateSequence sequence, int i)
    {
        json.WriteStartArray();
        json.WriteNumberValue(sequence.GetX(i));
        json.WriteNumberValue(sequence.GetY(i));
        if (sequence.HasZ && double.IsFinite(sequence.GetZ(i)))
        {
            json.WriteNumberValue(sequence.GetZ(i));
        }

        json.WriteEndArray();
    }
}
