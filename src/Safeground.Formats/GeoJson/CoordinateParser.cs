using System.Text.Json;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// Parses a "coordinates" value straight from the token stream into a <see cref="CoordinateBuffer"/>,
/// without knowing the geometry type yet. Iterative with an explicit stack, so on a bad value it can
/// note the reason and simply consume tokens to the closing bracket.
/// </summary>
internal sealed class CoordinateParser(JsonBuffer input, CoordinateBuffer coordinates)
{
    private const byte Unknown = 0;
    private const byte Position = 1;
    private const byte Array = 2;

    private Frame[] stack = new Frame[8];

    /// <summary>Consumes the value whose first token is current; returns its nesting, or null with <paramref name="error"/> set.</summary>
    public CoordinateNesting? Parse(ref Utf8JsonReader reader, out string? error)
    {
        error = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            error = Texts.Render("import.geojson.coordinates-not-array");
            input.SkipValue(ref reader);
            return null;
        }

        int baseDepth = reader.CurrentDepth;
        int top = 0;
        stack[0] = new Frame(coordinates.AddCount());
        while (true)
        {
            input.Next(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                {
                    ref var frame = ref stack[top];
                    if (frame.Kind == Array)
                    {
                        error = Texts.Render("import.geojson.coordinates-mixed");
                        goto Failed;
                    }

                    frame.Kind = Position;
                    if (frame.Numbers < 3)
                    {
                        if (!(FastDouble.TryParse(reader.ValueSpan, out double value) || reader.TryGetDouble(out value)) || !double.IsFinite(value))
                        {
                            error = Texts.Render("import.geojson.coordinate-out-of-range");
                            goto Failed;
                        }

                        coordinates.SetOrdinate(frame.Numbers, value);
                    }

                    frame.Numbers++;
                    break;
                }

                case JsonTokenType.StartArray:
                {
                    ref var frame = ref stack[top];
                    if (frame.Kind == Position)
                    {
                        error = Texts.Render("import.geojson.coordinates-mixed");
                        goto Failed;
                    }

                    frame.Kind = Array;
                    frame.Children++;
                    if (++top == stack.Length)
                    {
                        System.Array.Resize(ref stack, stack.Length * 2);
                    }

                    stack[top] = new Frame(coordinates.AddCount());
                    break;
                }

                case JsonTokenType.EndArray:
                {
                    var nesting = Close(ref stack[top], out error);
                    if (error != null)
                    {
                        goto Failed;
                    }

                    if (top == 0)
                    {
                        return nesting;
                    }

                    ref var parent = ref stack[--top];
                    if (!nesting.Exact)
                    {
                        parent.LeastFlexible = Math.Max(parent.LeastFlexible, nesting.Depth);
                    }
                    else if (parent.ExactDepth < 0)
                    {
                        parent.ExactDepth = nesting.Depth;
                    }
                    else if (parent.ExactDepth != nesting.Depth)
                    {
                        error = Texts.Render("import.geojson.coordinates-uneven");
                        goto Failed;
                    }

                    break;
                }

                default:
                    error = reader.TokenType == JsonTokenType.String
                        ? Texts.Render("import.geojson.coordinate-text", ("text", GeometryParser.TextOf(ref reader)))
                        : Texts.Render("import.geojson.coordinate-token", ("token", reader.TokenType));
                    goto Failed;
            }
        }

    Failed:
        while (!(reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == baseDepth))
        {
            input.Next(ref reader);
        }

        return null;
    }

    private CoordinateNesting Close(ref Frame frame, out string? error)
    {
        error = null;
        switch (frame.Kind)
        {
            case Position:
                if (frame.Numbers is < 2 or > 3)
                {
                    error = Texts.Render("import.geojson.position-numbers", ("count", frame.Numbers));
                    return default;
                }

                coordinates.RemoveLastCount();
                coordinates.CommitPosition(frame.Numbers);
                return new CoordinateNesting(0, true);
            case Array:
                coordinates.SetCount(frame.CountIndex, frame.Children);
                if (frame.ExactDepth < 0)
                {
                    return new CoordinateNesting(frame.LeastFlexible + 1, false);
                }

                if (frame.LeastFlexible > frame.ExactDepth)
                {
                    error = Texts.Render("import.geojson.coordinates-uneven");
                    return default;
                }

                return new CoordinateNesting(frame.ExactDepth + 1, true);
            default:
                return new CoordinateNesting(1, false);
        }
    }

    private struct Frame(int countIndex)
    {
        public int CountIndex = countIndex;
        public byte Kind = Unknown;
        public int Children;
        public int Numbers;
        public int ExactDepth = -1;
        public int LeastFlexible;
    }
}
