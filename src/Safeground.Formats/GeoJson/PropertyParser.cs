using System.Text;
using System.Text.Json;

namespace Safeground.Formats;

/// <summary>
/// Reads a "properties" object into text values: strings as they are, numbers as their literal text,
/// true/false, null as null, nested objects and arrays as compact raw JSON.
/// </summary>
internal sealed class PropertyParser(JsonBuffer input)
{
    // The same few member names repeat in every feature; a tiny cache saves a string per name per feature.
    private const int NameSlots = 64;
    private readonly byte[]?[] nameKeys = new byte[]?[NameSlots];
    private readonly string?[] names = new string?[NameSlots];
    private byte[] raw = new byte[256];
    private int rawLength;
    private int lastCount = 4;

    /// <summary>Parses the object whose StartObject is current, through its EndObject.</summary>
    public Dictionary<string, string?> Parse(ref Utf8JsonReader reader)
    {
        var values = new Dictionary<string, string?>(lastCount, StringComparer.Ordinal);
        while (true)
        {
            input.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                lastCount = values.Count;
                return values;
            }

            string name = Name(ref reader);
            input.Next(ref reader);
            values[name] = Value(ref reader);
        }
    }

    /// <summary>The current value token as property text; consumes nested values whole.</summary>
    public string? Value(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => Raw(ref reader),
    };

    private string Name(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        if (reader.ValueIsEscaped || span.Length is 0 or > 48)
        {
            return reader.GetString()!;
        }

        int slot = ((span.Length * 31) + (span[0] * 7) + span[^1]) & (NameSlots - 1);
        if (nameKeys[slot] is { } key && span.SequenceEqual(key))
        {
            return names[slot]!;
        }

        string name = reader.GetString()!;
        nameKeys[slot] = span.ToArray();
        names[slot] = name;
        return name;
    }

    // Rebuilt token by token rather than sliced from the buffer, because a nested value may span refills.
    private string Raw(ref Utf8JsonReader reader)
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
