using System.Text.Json;
using Safeground.Core.Text;

namespace Safeground.Formats.GeoJson;

/// <summary>
/// A refillable window over a stream for <see cref="Utf8JsonReader"/>, so a file of any size is read
/// with a buffer the size of its largest token. Parsers hold the reader by ref and call <see cref="Read"/>,
/// which swaps in a new reader over the refilled window mid-feature; spans taken from the reader are
/// only valid until the next call.
/// </summary>
internal sealed class JsonBuffer
{
    private readonly Stream stream;
    private readonly string sourceName;
    private byte[] buffer;
    private int start;
    private int end;
    private bool isFinal;
    private JsonReaderState state;

    // Utf8JsonReader keeps its own line count in the state, but only shows it in exceptions; our own
    // errors (wrong top-level type, ...) need it too, so count the newlines of every byte we let go.
    private long discardedLines;
    private long discardedBytes;
    private long lastDiscardedNewline = -1;

    public JsonBuffer(Stream stream, string sourceName, int bufferSize)
    {
        this.stream = stream;
        this.sourceName = sourceName;
        buffer = new byte[Math.Max(bufferSize, 4)];
        Fill();
        if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
        {
            start = 3; // a UTF-8 byte order mark, which Utf8JsonReader rejects
        }
    }

    public string SourceName => sourceName;

    public Utf8JsonReader CreateReader() => new(buffer.AsSpan(start, end - start), isFinal, state);

    /// <summary>Remembers where the reader stopped, so the next <see cref="CreateReader"/> goes on from there.</summary>
    public void Save(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    /// <summary>Reads the next token, refilling the window as often as needed; false only at the end of the data.</summary>
    public bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (isFinal)
            {
                return false;
            }

            Refill(start + (int)reader.BytesConsumed);
            reader = new Utf8JsonReader(buffer.AsSpan(0, end), isFinal, reader.CurrentState);
        }

        return true;
    }

    /// <summary>Reads the next token where the document cannot end yet.</summary>
    public void Next(ref Utf8JsonReader reader)
    {
        if (!Read(ref reader))
        {
            throw Fail(ref reader, Texts.Render("import.json.unexpected-end"));
        }
    }

    /// <summary>Consumes the value whose first token is current, however deep.</summary>
    public void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        int depth = reader.CurrentDepth;
        do
        {
            Next(ref reader);
        }
        while (!(reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth));
    }

    /// <summary>An error at the current token, naming the file, line and byte in line (both 1-based).</summary>
    public FormatException Fail(ref Utf8JsonReader reader, string reason)
    {
        int index = start + (int)reader.TokenStartIndex;
        var seen = buffer.AsSpan(0, Math.Min(index, end));
        long line = discardedLines + seen.Count((byte)'\n') + 1;
        int lastNewline = seen.LastIndexOf((byte)'\n');
        long column = lastNewline >= 0 ? index - lastNewline : discardedBytes + index - lastDiscardedNewline;
        return Fail(line, column, reason, null);
    }

    /// <summary>A syntax error found by Utf8JsonReader, whose line count the reader state carried across refills.</summary>
    public FormatException Fail(JsonException error)
    {
        string reason = error.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason[..cut];
        }

        return Fail((error.LineNumber ?? 0) + 1, (error.BytePositionInLine ?? 0) + 1, reason, error);
    }

    private FormatException Fail(long line, long column, string reason, Exception? inner) =>
        new(Texts.Render("import.json.at", ("source", sourceName), ("line", line), ("byte", column), ("reason", reason)), inner);

    private void Refill(int consumed)
    {
        var done = buffer.AsSpan(0, consumed);
        int newlines = done.Count((byte)'\n');
        if (newlines > 0)
        {
            discardedLines += newlines;
            lastDiscardedNewline = discardedBytes + done.LastIndexOf((byte)'\n');
        }

        discardedBytes += consumed;
        int remaining = end - consumed;
        if (remaining == buffer.Length)
        {
            // One token (or the rest of one) is larger than the whole buffer.
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else if (remaining > 0)
        {
            buffer.AsSpan(consumed, remaining).CopyTo(buffer);
        }

        start = 0;
        end = remaining;
        Fill();
    }

    private void Fill()
    {
        while (end < buffer.Length)
        {
            int read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                isFinal = true;
                return;
            }

            end += read;
        }
    }
}
