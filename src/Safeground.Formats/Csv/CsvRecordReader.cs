using System.Text;
using Safeground.Core.Text;

namespace Safeground.Formats.Csv;

/// <summary>
/// RFC 4180 records from a TextReader, streaming: quoted fields, doubled quotes, delimiters and line
/// breaks inside quotes, CRLF or LF. Counts physical lines so a record can be found in an editor.
/// An unquoted empty field is null, a quoted empty one "" — the only way CSV can tell "no value" apart.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string sourceName)
{
    private readonly StringBuilder field = new();
    private char[] buffer = new char[64 * 1024];
    private int position;
    private int length;
    private long line = 1;

    public char Delimiter { get; private set; } = ',';

    /// <summary>Picks ';' over ',' when the first line has more of them outside quotes (European spreadsheets).</summary>
    public void DetectDelimiter()
    {
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        for (int i = position; ; i++)
        {
            if (i == length)
            {
                if (!GrowAndFill())
                {
                    break;
                }
            }

            char c = buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }

        Delimiter = semicolons > commas ? ';' : ',';
    }

    /// <summary>Reads the next record that is not a blank line; false at the end of the input.</summary>
    public bool TryRead(List<string?> fields, out long startLine)
    {
        while (true)
        {
            fields.Clear();
            startLine = line;
            if (Peek() < 0)
            {
                return false;
            }

            ReadRecord(fields);
            if (fields.Count > 1 || fields[0] != null)
            {
                return true;
            }
        }
    }

    private void ReadRecord(List<string?> fields)
    {
        long startLine = line;
        while (true)
        {
            field.Clear();
            bool quoted = false;
            int c = Next();
            if (c == '"')
            {
                quoted = true;
                ReadQuoted(startLine);
                c = Next();
            }

            // After a closing quote anything but a delimiter or line end breaks the RFC; keep it as text.
            while (c >= 0 && c != Delimiter && c != '\n' && c != '\r')
            {
                field.Append((char)c);
                c = Next();
            }

            fields.Add(field.Length == 0 && !quoted ? null : field.ToString());
            if (c == Delimiter)
            {
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                Next();
            }

            if (c is '\n' or '\r')
            {
                line++;
            }

            return;
        }
    }

    private void ReadQuoted(long startLine)
    {
        while (true)
        {
            int c = Next();
            if (c < 0)
            {
                throw new FormatException(Texts.Render("import.csv.quote-not-closed", ("source", sourceName), ("line", startLine)));
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return;
                }

                Next();
            }
            else if (c == '\n')
            {
                line++;
            }

            field.Append((char)c);
        }
    }

    private int Peek() => position < length || Fill() ? buffer[position] : -1;

    private int Next() => position < length || Fill() ? buffer[position++] : -1;

    private bool Fill()
    {
        position = 0;
        length = reader.Read(buffer, 0, buffer.Length);
        return length > 0;
    }

    /// <summary>Keeps what is buffered and reads more after it, for a header line longer than the buffer.</summary>
    private bool GrowAndFill()
    {
        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int read = reader.Read(buffer, length, buffer.Length - length);
        length += read;
        return read > 0;
    }
}
