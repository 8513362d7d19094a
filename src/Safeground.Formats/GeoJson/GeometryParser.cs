using System.Text.Unicode;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>Parses GeoJSON geometry objects (members in any order, collections nested) from the token stream.</summary>
internal sealed class GeometryParser
{
    private readonly JsonBuffer input;
    private readonly CoordinateBuffer coordinates = new();
    private readonly CoordinateParser coordinateParser;

    public GeometryParser(JsonBuffer input)
    {
        this.input = input;
        coordinateParser = new CoordinateParser(input, coordinates);
    }

    public GeometryMembers Begin() => new(coordinates);

    /// <summary>Parses the object whose StartObject is current, through its EndObject.</summary>
    public Geometry? ParseObject(ref Utf8JsonReader reader, out string? error)
    {
        var members = Begin();
        while (true)
        {
            input.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return Finish(ref members, out error);
            }

            if (reader.ValueTextEquals("type"u8))
            {
                input.Next(ref reader);
                members.Type = ReadType(ref reader);
            }
            else if (!TryMember(ref reader, ref members))
            {
                input.Next(ref reader);
                input.SkipValue(ref reader);
            }
        }
    }

    /// <summary>Handles "coordinates" or "geometries" (current token: its name); false for any other member.</summary>
    public bool TryMember(ref Utf8JsonReader reader, ref GeometryMembers members)
    {
        if (reader.ValueTextEquals("coordinates"u8))
        {
            input.Next(ref reader);
            coordinates.Truncate(members.PositionMark, members.CountMark);
            members.HasCoordinates = true;
            members.Nesting = coordinateParser.Parse(ref reader, out string? error);
            members.Error ??= error;
            return true;
        }

        if (!reader.ValueTextEquals("geometries"u8))
        {
            return false;
        }

        input.Next(ref reader);
        members.HasGeometries = true;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            members.Error ??= Texts.Render("import.geojson.geometries-not-array");
            input.SkipValue(ref reader);
            return true;
        }

        members.Children ??= [];
        while (true)
        {
            input.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                members.Error ??= Texts.Render("import.geojson.geometries-not-object");
                input.SkipValue(ref reader);
                continue;
            }

            var child = ParseObject(ref reader, out string? error);
            members.Error ??= error;
            if (child != null)
            {
                members.Children.Add(child);
            }
        }
    }

    /// <summary>Builds the geometry once its object has ended, and releases its coordinates.</summary>
    public Geometry? Finish(ref GeometryMembers members, out string? error)
    {
        try
        {
            error = members.Error;
            if (error != null)
            {
                return null;
            }

            if (members.Type is null)
            {
                error = Texts.Render("import.geojson.geometry-without-type");
                return null;
            }

            if (KindOf(members.Type) is not { } kind)
            {
                error = Texts.Render("import.geojson.unknown-geometry-type", ("type", members.Type));
                return null;
            }

            if (kind == GeometryKind.GeometryCollection)
            {
                if (!members.HasGeometries)
                {
                    error = Texts.Render("import.geojson.collection-without-geometries");
                    return null;
                }

                return Geo.Factory.CreateGeometryCollection(members.Children?.ToArray() ?? []);
            }

            if (members.Nesting is not { } nesting)
            {
                error = Texts.Render("import.geojson.without-coordinates", ("kind", kind));
                return null;
            }

            return GeometryBuilder.Build(kind, coordinates, members.PositionMark, members.CountMark, nesting, out error);
        }
        finally
        {
            coordinates.Truncate(members.PositionMark, members.CountMark);
        }
    }

    /// <summary>The value of a "type" member; the usual names without allocating, a non-string as "".</summary>
    public string ReadType(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            input.SkipValue(ref reader);
            return "";
        }

        return reader.ValueTextEquals("Feature"u8) ? "Feature"
            : reader.ValueTextEquals("Point"u8) ? "Point"
            : reader.ValueTextEquals("Polygon"u8) ? "Polygon"
            : reader.ValueTextEquals("MultiPolygon"u8) ? "MultiPolygon"
            : reader.ValueTextEquals("LineString"u8) ? "LineString"
            : Utf8.IsValid(reader.ValueSpan) || reader.ValueIsEscaped ? TextOf(ref reader) : Texts.Render("import.geojson.not-utf8");
    }

    /// <summary>A string token's text; one that is not valid UTF-8 (or escapes a lone surrogate) as a placeholder that names no type.</summary>
    internal static string TextOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Texts.Render("import.geojson.not-utf8");
        }
    }

    public static GeometryKind? KindOf(string type) => type switch
    {
        "Point" => GeometryKind.Point,
        "MultiPoint" => GeometryKind.MultiPoint,
        "LineString" => GeometryKind.LineString,
        "MultiLineString" => GeometryKind.MultiLineString,
        "Polygon" => GeometryKind.Polygon,
        "MultiPolygon" => GeometryKind.MultiPolygon,
        "GeometryCollection" => GeometryKind.GeometryCollection,
        _ => null,
    };
}
