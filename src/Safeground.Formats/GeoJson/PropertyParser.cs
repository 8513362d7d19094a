using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// Reads a "properties" object into text values: strings as they are, numbers as their literal text,
/// true/false, null as null, nested objects and arrays as compact raw JSON.
/// </summary>
internal sealed class PropertyParser(JsonBuffer input)
{
    private readonly TextCache names = new(256, 64);
    private readonly TextCache values = new(1024, 24);
    private string[] lastKeys = [];
    private string[] keys = new string[16];
    private string?[] row = new string?[16];
    private byte[] raw = new byte[256];
    private int rawLength;

    /// <summary>Parses the object whose StartObject is current, through its EndObject.</summary>
    public PropertyRow Parse(ref Utf8JsonReader reader)
    {
        int count = 0;
        bool sameKeys = true;
        while (true)
        {
            input.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            string name = reader.ValueIsEscaped || !Utf8.IsValid(reader.ValueSpan) ? Text(ref reader, Texts.Render("import.geojson.a-property-name")) ?? $"property {count + 1}" : names.Get(reader.ValueSpan);
            input.Next(ref reader);
            string? value = Value(ref reader, name);
            // Same name, same place as in the previous feature: that key list has no repeats, so no lookup.
            bool expected = sameKeys && count < lastKeys.Length && ReferenceEquals(lastKeys[count], name);
            int at = expected ? -1 : IndexOf(name, count);
            if (at >= 0)
            {
                row[at] = value; // a repeated member: the last one wins, as in most JSON parsers
                continue;
            }

            if (count == keys.Length)
            {
                Array.Resize(ref keys, count * 2);
                Array.Resize(ref row, count * 2);
            }

            sameKeys = expected;
            keys[count] = name;
            row[count++] = value;
        }

        if (!sameKeys || count != lastKeys.Length)
        {
            lastKeys = keys.AsSpan(0, count).ToArray();
        }

        return new PropertyRow(lastKeys, row.AsSpan(0, count).ToArray());
    }

    /// <summary>
    /// The property whose text was not valid UTF-8 (or held a lone surrogate escape) since the last call, if any:
    /// that feature is refused rather than imported with its text silently replaced.
    /// </summary>
    public string? TakeInvalid()
    {
        var bad = invalid;
        invalid = null;
        return bad;
    }

    private string? invalid;

    /// <summary>The current value token as property text; consumes nested values whole.</summary>
    public string? Value(ref Utf8JsonReader reader, string field = "id") => reader.TokenType switch
    {
        JsonTokenType.String => reader.ValueIsEscaped || !Utf8.IsValid(reader.ValueSpan) ? Text(ref reader, field) : values.Get(reader.ValueSpan),
        JsonTokenType.Number => values.Get(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => Raw(ref reader, field),
    };

    private string? Text(ref Utf8JsonReader reader, string field)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            invalid ??= field; // invalid UTF-8, or an escape that decodes to a lone surrogate
            return null;
        }
    }

    private int IndexOf(string name, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(keys[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Rebuilt token by token rather than sliced from the buffer, because a nested value may span refills.
    private string Raw(ref Utf8JsonReader reader, string field)
    {
        rawLength = 0;
        int depth = reader.CurrentDepth;
        var previous = JsonTokenType.None;
        while (true)
        {
            var token = reader.TokenType;
            bool closes = token is JsonTokenType.EndObject or JsonTokenType.EndArray;
            if (!closes && previous is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True
                or JsonTokenType.False or JsonTokenType.Null or JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                Append(","u8);
            }

            switch (token)
            {
                case JsonTokenType.StartObject: Append("{"u8); break;
                case JsonTokenType.EndObject: Append("}"u8); break;
                case JsonTokenType.StartArray: Append("["u8); break;
                case JsonTokenType.EndArray: Append("]"u8); break;
                case JsonTokenType.PropertyName: Append("\""u8); Append(reader.ValueSpan); Append("\":"u8); break;
                case JsonTokenType.String: Append("\""u8); Append(reader.ValueSpan); Append("\""u8); break;
                case JsonTokenType.True: Append("true"u8); break;
                case JsonTokenType.False: Append("false"u8); break;
                case JsonTokenType.Null: Append("null"u8); break;
                default: Append(reader.ValueSpan); break;
            }

            if (closes && reader.CurrentDepth == depth)
            {
                if (!Utf8.IsValid(raw.AsSpan(0, rawLength)))
                {
                    invalid ??= field;
                }

                return Encoding.UTF8.GetString(raw, 0, rawLength);
            }

            previous = token;
            input.Next(ref reader);
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (rawLength + bytes.Length > raw.Length)
        {
            Array.Resize(ref raw, Math.Max(raw.Length * 2, rawLength + bytes.Length));
        }

        bytes.CopyTo(raw.AsSpan(rawLength));
        rawLength += bytes.Length;
    }
}
