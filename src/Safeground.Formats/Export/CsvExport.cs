using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Projections;

namespace Safeground.Formats.Export;

/// <summary>
/// Exports projections as RFC 4180 CSV (UTF-8, CRLF, header row), streaming. Areas carry their geometry
/// as a WKT column; points as lon and lat columns. Fields and names are the same as <see cref="GeoJsonExport"/>.
/// </summary>
public static class CsvExport
{
    public static void WriteHazards(Stream output, IEnumerable<HazardState> hazards) =>
        Write(output, hazards, h => h.Remaining, ExportFields.Hazard);

    public static void WriteReleases(Stream output, IEnumerable<ReleaseEvent> releases) =>
        Write(output, releases, r => r.Area, ExportFields.Release);

    public static void WriteFinds(Stream output, IEnumerable<FindRecord> finds) =>
        Write(output, finds, f => f.Find.Position, ExportFields.Find);

    /// <summary>Civilian casualty incidents, the people killed and injured as counts only.</summary>
    public static void WriteIncidents(Stream output, IEnumerable<Core.Casualties.IncidentRecord> incidents) =>
        Write(output, incidents, i => i.Incident.Position, ExportFields.Incident);

    /// <summary>Risk-education sessions, their audience as counts only.</summary>
    public static void WriteRiskEducation(Stream output, IEnumerable<Core.RiskEducation.RiskEducationRecord> sessions) =>
        Write(output, sessions, s => s.Session.Position, ExportFields.RiskEducation);

    /// <summary>Accidents with killed/injured counts only: no personal data about victims.</summary>
    public static void WriteAccidents(Stream output, IEnumerable<AccidentRecord> accidents) =>
        Write(output, accidents, a => a.Accident.Position, ExportFields.Accident);

    private static void Write<T>(Stream output, IEnumerable<T> records, Func<T, Geometry> geometry, Action<T?, IFieldSink> fields)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        bool points = typeof(T) == typeof(FindRecord) || typeof(T) == typeof(AccidentRecord);
        var header = new CsvFieldSink();
        fields(null, header);
        WriteRow(writer, points ? ["lon", "lat", .. header.Names] : ["wkt", .. header.Names]);

        var wkt = new WKTWriter();
        foreach (var record in records)
        {
            var row = new CsvFieldSink();
            var shape = geometry(record);
            if (points)
            {
                bool has = shape is Point { IsEmpty: false };
                row.Number("lon", has ? shape.Coordinate.X : null);
                row.Number("lat", has ? shape.Coordinate.Y : null);
            }
            else
            {
                row.Text("wkt", shape.IsEmpty ? null : wkt.Write(shape));
            }

            fields(record, row);
            WriteRow(writer, row.Cells);
        }

        writer.Flush();
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteCell(writer, cells[i]);
        }

        writer.Write("\r\n");
    }

    /// <summary>Quotes only when needed; "" (quoted) is an empty text, nothing at all is null.</summary>
    private static void WriteCell(TextWriter writer, string? cell)
    {
        if (cell is null)
        {
            return;
        }

        bool quote = cell.Length == 0 || cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]);
        if (!quote)
        {
            writer.Write(cell);
            return;
        }

        writer.Write('"');
        writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
