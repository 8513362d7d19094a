using System.IO.Compression;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;
using Safeground.Core.Projections;
using Safeground.Core.Spatial;
using Safeground.Formats.Shapefile;
using EsriShapefile = NetTopologySuite.IO.Esri.Shapefile;

namespace Safeground.Formats.Export;

/// <summary>
/// Exports one layer as an ESRI Shapefile: .shp, .shx, .dbf (UTF-8, said by the .cpg) and .prj (WGS84 lon/lat),
/// or those five zipped when the path ends in .zip. One geometry type per file, as the format wants: hazards and
/// released land are polygons (a fully released hazard has a null shape), finds and accidents points. Field names
/// are cut to dBASE's 10 characters by <see cref="ShapefileFieldNames"/>; text columns are as wide as their longest
/// value (so the records are enumerated twice), at most 254 bytes, which dBASE cannot exceed.
/// Files are written beside the target under a temporary name and moved in place at the end, so a failed export
/// leaves no half-written shapefile.
/// </summary>
public static class ShapefileExport
{
    /// <summary>WGS84 as ESRI writes it (GDAL reads it as EPSG:4326).</summary>
    internal const string Wgs84Prj =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private const int MaxText = 254;

    private static readonly string[] Parts = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    public static void WriteHazards(string path, IEnumerable<HazardState> hazards) =>
        Write(path, hazards, ShapeType.Polygon, h => h.Remaining, ExportFields.Hazard);

    public static void WriteReleases(string path, IEnumerable<ReleaseEvent> releases) =>
        Write(path, releases, ShapeType.Polygon, r => r.Area, ExportFields.Release);

    public static void WriteFinds(string path, IEnumerable<FindRecord> finds) =>
        Write(path, finds, ShapeType.Point, f => f.Find.Position, ExportFields.Find);

    /// <summary>Civilian casualty incidents, the people killed and injured as counts only.</summary>
    public static void WriteIncidents(string path, IEnumerable<Core.Casualties.IncidentRecord> incidents) =>
        Write(path, incidents, ShapeType.Point, i => i.Incident.Position, ExportFields.Incident);

    /// <summary>Risk-education sessions, their audience as counts only.</summary>
    public static void WriteRiskEducation(string path, IEnumerable<Core.RiskEducation.RiskEducationRecord> sessions) =>
        Write(path, sessions, ShapeType.Point, s => s.Session.Position, ExportFields.RiskEducation);

    /// <summary>Accidents with killed/injured counts only: no personal data about victims.</summary>
    public static void WriteAccidents(string path, IEnumerable<AccidentRecord> accidents) =>
        Write(path, accidents, ShapeType.Point, a => a.Accident.Position, ExportFields.Accident);

    private static void Write<T>(string path, IEnumerable<T> records, ShapeType shape, Func<T, Geometry?> geometry, Action<T?, IFieldSink> fields)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(records);
        string full = Path.GetFullPath(path);
        bool zipped = full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        string directory = Path.GetDirectoryName(full)!;
        string name = Path.GetFileNameWithoutExtension(full);
        string work = Path.Combine(directory, $".{name}.part-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            WriteFiles(Path.Combine(work, name), records, shape, geometry, fields);
            if (zipped)
            {
                string temp = Path.Combine(work, name + ".zip");
                using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
                {
                    foreach (string part in Parts)
                    {
                        zip.CreateEntryFromFile(Path.Combine(work, name + part), name + part, CompressionLevel.Optimal);
                    }
                }

                File.Move(temp, full, overwrite: true);
            }
            else
            {
                foreach (string part in Parts)
                {
                    File.Move(Path.Combine(work, name + part), Path.Combine(directory, name + part), overwrite: true);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void WriteFiles<T>(string basePath, IEnumerable<T> records, ShapeType shape, Func<T, Geometry?> geometry, Action<T?, IFieldSink> fields)
        where T : class
    {
        var header = new ShapefileFieldSink();
        fields(null, header);
        var shortNames = ShapefileFieldNames.For([.. header.Fields.Select(f => f.Name)]);
        var widths = new int[header.Fields.Count];
        foreach (var record in records)
        {
            var row = new ShapefileFieldSink();
            fields(record, row);
            for (int i = 0; i < row.Fields.Count; i++)
            {
                if (row.Fields[i].Value is string text)
                {
                    widths[i] = Math.Max(widths[i], Math.Min(MaxText, Encoding.UTF8.GetByteCount(text)));
                }
            }
        }

        var columns = new DbfField[header.Fields.Count];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = header.Fields[i].Type switch
            {
                ShapefileFieldSink.Kind.Text => new DbfCharacterField(shortNames[i], Math.Max(1, widths[i])),
                ShapefileFieldSink.Kind.Number => new DbfNumericDoubleField(shortNames[i]),
                ShapefileFieldSink.Kind.Integer => new DbfNumericInt64Field(shortNames[i]),
                _ => new DbfLogicalField(shortNames[i]),
            };
        }

        var options = new ShapefileWriterOptions(shape, columns) { Encoding = Encoding.UTF8, Projection = Wgs84Prj };
        using (var writer = EsriShapefile.OpenWrite(basePath + ".shp", options))
        {
            foreach (var record in records)
            {
                var row = new ShapefileFieldSink();
                fields(record, row);
                for (int i = 0; i < columns.Length; i++)
                {
                    Set(columns[i], row.Fields[i].Value);
                }

                // An empty geometry is a null shape; a null one the library cannot take.
                writer.Geometry = geometry(record) ?? (shape == ShapeType.Point ? Geo.Factory.CreatePoint() : Geo.Empty);
                writer.Write();
            }
        }

        // Without a .cpg, GDAL and QGIS read the .dbf as Latin-1 and every č, і or ع comes out wrong.
        File.WriteAllText(basePath + ".cpg", "UTF-8", new UTF8Encoding(false));
    }

    private static void Set(DbfField column, object? value)
    {
        switch (column)
        {
            case DbfCharacterField text:
                text.StringValue = value is string s ? Fit(s, text.Length) : null;
                break;
            case DbfNumericDoubleField number:
                number.NumericValue = (double?)value;
                break;
            case DbfNumericInt64Field integer:
                integer.NumericValue = (long?)value;
                break;
            case DbfLogicalField logical:
                logical.LogicalValue = (bool?)value;
                break;
        }
    }

    /// <summary>Cut to the column's width in UTF-8 bytes, never inside a character.</summary>
    private static string Fit(string text, int bytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= bytes)
        {
            return text;
        }

        int length = text.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > bytes)
        {
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
