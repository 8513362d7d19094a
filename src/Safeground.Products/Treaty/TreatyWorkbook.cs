using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeground.Products.Treaty;

/// <summary>
/// The treaty tables as an Office Open XML workbook (.xlsx): one sheet per table, a title row with the year and scope,
/// the form's header rows (column groups merged above their columns), figures as numbers with a number format (so a
/// ministry can add them up in its own sheet), and the note saying where the figures come from.
/// </summary>
public static class TreatyWorkbook
{
    // Cell formats, by index in the stylesheet's cellXfs (see Styles).
    private const uint Title = 1, Header = 2, Label = 3, Count = 4, Km2 = 5, TotalLabel = 6, TotalCount = 7, TotalKm2 = 8, Note = 9;

    /// <param name="title">The product's title (with the year).</param>
    /// <param name="scope">What it covers (whole programme, a region, an organisation).</param>
    /// <param name="note">Where the figures come from, written under each table.</param>
    public static void Write(Stream output, string title, string scope, string note, IReadOnlyList<TreatyTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        // The package is a zip the SDK reads back while writing it: a write-only stream (a file being created, as
        // `publish` opens it) fails, so the workbook is made in memory and copied out.
        using var buffer = new MemoryStream();
        Package(buffer, title, scope, note, tables);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Package(Stream output, string title, string scope, string note, IReadOnlyList<TreatyTable> tables)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(table, title, scope, note);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Sheet) });
        }
        workbook.Workbook.Save();
    }

    private static Worksheet Sheet(TreatyTable table, string title, string scope, string note)
    {
        int labels = table.Labels.Count, width = labels + table.Columns.Count;
        var data = new SheetData();
        var merges = new MergeCells();
        uint r = 1;
        data.Append(TextRow(r++, [(title, Title)]));
        data.Append(TextRow(r++, [(scope, Title)]));
        data.Append(TextRow(r++, [(table.Title, Title)]));
        merges.Append(Merge(1, 0, width - 1), Merge(2, 0, width - 1), Merge(3, 0, width - 1));
        r++;
        if (table.Groups.Count > 0)
        {
            // The form's two header rows: the labels' headers span both; each group spans its columns.
            var row = new Row { RowIndex = r };
            for (int c = 0; c < width; c++) row.Append(Text(r, c, "", Header));
            for (int c = 0; c < labels; c++)
            {
                Cell(row, c).InlineString = new InlineString(new Text(table.Labels[c]));
                merges.Append(new MergeCell { Reference = $"{Column(c)}{r}:{Column(c)}{r + 1}" });
            }
            foreach (var g in table.Groups)
            {
                Cell(row, labels + g.First).InlineString = new InlineString(new Text(g.Text));
                if (g.Span > 1) merges.Append(Merge(r, labels + g.First, labels + g.First + g.Span - 1));
            }
            data.Append(row);
            r++;
            var columns = new Row { RowIndex = r, Height = 42, CustomHeight = true };
            for (int c = 0; c < labels; c++) columns.Append(Text(r, c, "", Header));
            for (int c = 0; c < table.Columns.Count; c++) columns.Append(Text(r, labels + c, table.Columns[c].Header, Header));
            data.Append(columns);
            r++;
        }
        else
        {
            var headers = TextRow(r++, [.. table.Labels.Select(l => (l, Header)), .. table.Columns.Select(c => (c.Header, Header))]);
            // Wrapped headers need the room: Excel does not fit a row's height to its text when it opens a file.
            headers.Height = 56;
            headers.CustomHeight = true;
            data.Append(headers);
        }
        foreach (var row in table.Rows) data.Append(Figures(r++, row, table.Columns, total: false));
        data.Append(Figures(r++, table.Total, table.Columns, total: true));
        r++;
        var noteRow = TextRow(r, [(note, Note)]);
        noteRow.Height = 52;
        noteRow.CustomHeight = true;
        data.Append(noteRow);
        merges.Append(Merge(r, 0, width - 1));

        var sheet = new Worksheet();
        var cols = new Columns(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = (uint)labels, Width = 28, CustomWidth = true });
        cols.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)labels + 1, Max = (uint)width, Width = 16, CustomWidth = true });
        sheet.Append(cols, data, merges);
        return sheet;
    }

    private static Row Figures(uint r, TreatyRow row, IReadOnlyList<TreatyColumn> columns, bool total)
    {
        var x = new Row { RowIndex = r };
        for (int c = 0; c < row.Labels.Count; c++) x.Append(Text(r, c, row.Labels[c], total ? TotalLabel : Label));
        for (int c = 0; c < row.Figures.Count; c++)
        {
            uint style = columns[c].Kind == FigureKind.Km2 ? (total ? TotalKm2 : Km2) : (total ? TotalCount : Count);
            x.Append(new Cell
            {
                CellReference = $"{Column(row.Labels.Count + c)}{r}",
                CellValue = new CellValue(row.Figures[c]),
                DataType = CellValues.Number,
                StyleIndex = style,
            });
        }
        return x;
    }

    private static Row TextRow(uint r, IReadOnlyList<(string Text, uint Style)> cells)
    {
        var row = new Row { RowIndex = r };
        for (int c = 0; c < cells.Count; c++) row.Append(Text(r, c, cells[c].Text, cells[c].Style));
        return row;
    }

    private static Cell Text(uint r, int c, string text, uint style) => new()
    {
        CellReference = $"{Column(c)}{r}",
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell Cell(Row row, int c) => row.Elements<Cell>().ElementAt(c);

    private static MergeCell Merge(uint r, int first, int last) => new() { Reference = $"{Column(first)}{r}:{Column(last)}{r}" };

    /// <summary>A column's letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    // Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch, StringComparison.Ordinal) ? ' ' : ch).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 9 }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        // 3 is the built-in "#,##0"; km² get three places.
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.000" });
        var wrap = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        CellFormat Format(uint font, uint fill, uint border, uint number, Alignment? alignment = null)
        {
            var f = new CellFormat { FontId = font, FillId = fill, BorderId = border, NumberFormatId = number, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyNumberFormat = number != 0 };
            if (alignment is not null) { f.Append(alignment); f.ApplyAlignment = true; }
            return f;
        }
        var cells = new CellFormats(
            new CellFormat(),
            Format(2, 0, 0, 0),                                                                                                         // Title
            Format(1, 2, 1, 0, new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }), // Header
            Format(0, 0, 1, 0, (Alignment)wrap.CloneNode(true)),                                                                       // Label
            Format(0, 0, 1, 3),                                                                                                         // Count, m²
            Format(0, 0, 1, 164),                                                                                                       // km²
            Format(1, 0, 1, 0),                                                                                                         // total label
            Format(1, 0, 1, 3),                                                                                                         // total count, m²
            Format(1, 0, 1, 164),                                                                                                       // total km²
            Format(3, 0, 0, 0, (Alignment)wrap.CloneNode(true)));                                                                      // Note
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), cells);
    }
}
