using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Safeground.Core.Import;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// Pulls one <see cref="SourceFeature"/> at a time out of a GeoJSON document: a FeatureCollection,
/// a single Feature or a bare geometry, members in any order. The top level is a small state machine
/// because an iterator cannot hold a Utf8JsonReader across yields; each feature is parsed whole by
/// recursive descent on a reader that refills under it.
/// </summary>
internal sealed class GeoJsonParser
{
    private static readonly IReadOnlyDictionary<string, string?> NoProperties = ReadOnlyDictionary<string, string?>.Empty;

    private readonly JsonBuffer input;
    private readonly GeometryParser geometry;
    private readonly PropertyParser properties;
    private readonly FeatureMembers feature = new();
    private readonly FeaturePlace place = new("import.where.feature", "number");
    private Stage stage;
    private long index;

    // The top-level object's own members, for a file that is one Feature or one bare geometry.
    private readonly FeatureMembers top = new();
    private GeometryMembers topGeometry;
    private bool sawFeatures;

    public GeoJsonParser(Stream stream, string sourceName, int bufferSize)
    {
        input = new JsonBuffer(stream, sourceName, bufferSize);
        geometry = new GeometryParser(input);
        properties = new PropertyParser(input);
    }

    private enum Stage
    {
        Start,
        TopMembers,
        Features,
        Done,
    }

    public bool TryRead([NotNullWhen(true)] out SourceFeature? result)
    {
        var reader = input.CreateReader();
        try
        {
            bool found = Step(ref reader, out result);
            input.Save(ref reader);
            return found;
        }
        catch (JsonException error)
        {
            throw input.Fail(error);
        }
    }

    private bool Step(ref Utf8JsonReader reader, [NotNullWhen(true)] out SourceFeature? result)
    {
        while (true)
        {
            switch (stage)
            {
                case Stage.Start:
                    if (!input.Read(ref reader))
                    {
                        throw input.Fail(ref reader, Texts.Render("import.geojson.empty-file"));
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw input.Fail(ref reader, Texts.Render("import.geojson.not-an-object", ("token", reader.TokenType)));
                    }

                    topGeometry = geometry.Begin();
                    stage = Stage.TopMembers;
                    break;
                case Stage.TopMembers:
                    input.Next(ref reader);
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        stage = Stage.Done;
                        result = FinishTop(ref reader);
                        if (result != null)
                        {
                            return true;
                        }
                    }
                    else if (reader.ValueTextEquals("features"u8))
                    {
                        input.Next(ref reader);
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            sawFeatures = true;
                            stage = Stage.Features;
                        }
                        else if (reader.TokenType != JsonTokenType.Null)
                        {
                            throw input.Fail(ref reader, Texts.Render("import.geojson.features-not-array"));
                        }
                    }
                    else if (!geometry.TryMember(ref reader, ref topGeometry))
                    {
                        ReadMember(ref reader, top);
                    }

                    break;
                case Stage.Features:
                    input.Next(ref reader);
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        stage = Stage.TopMembers;
                        break;
                    }

                    result = ReadFeature(ref reader, index++);
                    return true;
                default:
                    if (input.Read(ref reader))
                    {
                        throw input.Fail(ref reader, Texts.Render("import.geojson.more-data"));
                    }

                    result = null;
                    return false;
            }
        }
    }

    private SourceFeature ReadFeature(ref Utf8JsonReader reader, long at)
    {
        feature.Reset();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            input.SkipValue(ref reader);
            return new SourceFeature(at, Where(at), null, NoProperties, Texts.Render("import.geojson.feature-not-object"));
        }

        while (true)
        {
            input.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (feature.Type is { } type && !type.Equals("Feature", StringComparison.Ordinal))
                {
                    feature.Error ??= Texts.Render("import.geojson.not-a-feature", ("type", type));
                }

                return feature.ToSourceFeature(at, Where(at));
            }

            ReadMember(ref reader, feature);
        }
    }

    /// <summary>Reads one member of a Feature (current token: its name); unknown members are skipped.</summary>
    private void ReadMember(ref Utf8JsonReader reader, FeatureMembers into)
    {
        if (reader.ValueTextEquals("type"u8))
        {
            input.Next(ref reader);
            into.Type = geometry.ReadType(ref reader);
        }
        else if (reader.ValueTextEquals("geometry"u8))
        {
            input.Next(ref reader);
            into.HasFeatureMembers = true;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                into.Geometry = geometry.ParseObject(ref reader, out string? error);
                into.Error ??= error;
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                into.Error ??= Texts.Render("import.geojson.geometry-not-object");
                input.SkipValue(ref reader);
            }
        }
        else if (reader.ValueTextEquals("properties"u8))
        {
            input.Next(ref reader);
            into.HasFeatureMembers = true;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                into.Properties = properties.Parse(ref reader);
                if (properties.TakeInvalid() is { } bad)
                {
                    into.Error ??= Texts.Render("import.geojson.property-not-utf8", ("property", bad));
                }
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                into.Error ??= Texts.Render("import.geojson.properties-not-object");
                input.SkipValue(ref reader);
            }
        }
        else if (reader.ValueTextEquals("id"u8))
        {
            input.Next(ref reader);
            into.Id = reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? properties.Value(ref reader) : null;
            if (properties.TakeInvalid() is not null)
            {
                into.Error ??= Texts.Render("import.geojson.id-not-utf8");
            }

            input.SkipValue(ref reader);
        }
        else
        {
            input.Next(ref reader);
            input.SkipValue(ref reader);
        }
    }

    /// <summary>At the end of the top-level object: the one feature of a Feature or bare-geometry file, else null.</summary>
    private SourceFeature? FinishTop(ref Utf8JsonReader reader)
    {
        string? type = top.Type;
        if (sawFeatures || "FeatureCollection".Equals(type, StringComparison.Ordinal))
        {
            return null;
        }

        if ("Feature".Equals(type, StringComparison.Ordinal) || (type is null && top.HasFeatureMembers))
        {
            return top.ToSourceFeature(0, Where(0));
        }

        if (topGeometry.HasCoordinates || topGeometry.HasGeometries || (type != null && GeometryParser.KindOf(type) != null))
        {
            topGeometry.Type = type;
            var shape = geometry.Finish(ref topGeometry, out string? error);
            return new SourceFeature(0, Where(0), shape, NoProperties, error);
        }

        throw input.Fail(ref reader, type is null
            ? Texts.Render("import.geojson.not-geojson")
            : Texts.Render("import.geojson.unknown-type", ("type", type)));
    }

    private string Where(long at) => place.Of(at);

    /// <summary>A Feature's members as they arrive; reused from feature to feature.</summary>
    private sealed class FeatureMembers
    {
        public string? Type;
        public string? Id;
        public Geometry? Geometry;
        public PropertyRow? Properties;
        public string? Error;
        public bool HasFeatureMembers;

        public void Reset()
        {
            Type = null;
            Id = null;
            Geometry = null;
            Properties = null;
            Error = null;
            HasFeatureMembers = false;
        }

        public SourceFeature ToSourceFeature(long at, string where)
        {
            IReadOnlyDictionary<string, string?> values = Properties ?? NoProperties;
            if (Id != null && !values.ContainsKey("id"))
            {
                values = (Properties ?? new PropertyRow([], [])).With("id", Id);
            }

            return new SourceFeature(at, where, Error is null ? Geometry : null, values, Error);
        }
    }
}
