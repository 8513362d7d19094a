using System.Text.RegularExpressions;
using SkiaSharp;

namespace Safeground.Products;

/// <summary>Tables: wrapped cells, figures aligned to the end, the header repeated on every page the table runs onto.</summary>
public sealed partial class ProductDocument
{
    private const float CellSize = 8.5f;
    private const float CellPad = 2.2f;

    /// <summary>
    /// A table across the text width. <paramref name="widths"/> are relative column widths (equal when null). Cells that
    /// read as figures (a sign, digits, separators and at most a short unit) are aligned to the end of the cell.
    /// </summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<float>? widths = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (widths is not null && widths.Count != header.Count) throw new ArgumentException(Texts.Render("product.error.table-widths", ("columns", header.Count), ("widths", widths.Count)), nameof(widths));
        var copy = rows.Select(r => (IReadOnlyList<string>)r.ToArray()).ToArray();
        var headerCopy = header.ToArray();
        var widthsCopy = widths?.ToArray();
        Defer(() => TableNow(headerCopy, copy, widthsCopy));
    }

    private void TableNow(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<float>? widths)
    {
        int columns = header.Count;
        var relative = widths ?? Enumerable.Repeat(1f, columns).ToList();
        float total = relative.Sum();
        var columnWidths = relative.Select(w => w / total * Width).ToArray();
        var headerCells = Layout(header, columnWidths, bold: true);
        float headerHeight = Height(headerCells);
        var rowCells = rows.Select(r => Layout(r, columnWidths, bold: false)).ToList();
        Room(headerHeight + (rowCells.Count > 0 ? Height(rowCells[0]) : 0));
        // A column of figures has its heading over the figures, at the end of the cell as they are.
        var figures = Enumerable.Range(0, columns).Select(c => rows.Count > 0 && rows.All(r => c < r.Count && LooksLikeFigure(r[c] ?? ""))).ToArray();
        DrawRow(headerCells, columnWidths, header, bold: true, figures: figures);
        for (int i = 0; i < rowCells.Count; i++)
        {
            float h = Height(rowCells[i]);
            if (y + h > Top + Space && y > Top + headerHeight)
            {
                NewPage();
                DrawRow(headerCells, columnWidths, header, bold: true, figures: figures);
            }
            DrawRow(rowCells[i], columnWidths, rows[i], bold: false, shade: i % 2 == 1);
        }
        y += 4 * Pt;
    }

    private static List<IReadOnlyList<string>> Layout(IReadOnlyList<string> cells, float[] widths, bool bold) =>
        widths.Select((w, c) => ProductText.Wrap(c < cells.Count ? cells[c] ?? "" : "", w - 2 * CellPad, CellSize, bold)).ToList();

    private static float Height(List<IReadOnlyList<string>> cells) => cells.Max(c => c.Count) * CellSize * 1.3f + 2 * CellPad;

    private void DrawRow(List<IReadOnlyList<string>> cells, float[] widths, IReadOnlyList<string> raw, bool bold, bool shade = false, bool[]? figures = null)
    {
        float h = Height(cells);
        if (bold || shade)
        {
            using var fill = new SKPaint { Color = bold ? new SKColor(0xE8, 0xEC, 0xF0) : new SKColor(0xF6, 0xF7, 0xF8), Style = SKPaintStyle.Fill };
            Canvas.DrawRect(Left, y, Width, h, fill);
        }
        float offset = 0;
        for (int c = 0; c < widths.Length; c++)
        {
            float cellLeft = RightToLeft ? Right - offset - widths[c] : Left + offset;
            bool figure = bold ? figures is not null && figures[c] : c < raw.Count && LooksLikeFigure(raw[c]);
            var align = figure ? EndAlign : StartAlign;
            float x = (align == SKTextAlign.Right) ? cellLeft + widths[c] - CellPad : cellLeft + CellPad;
            for (int l = 0; l < cells[c].Count; l++)
                DrawLine(cells[c][l], x, y + CellPad + CellSize + l * CellSize * 1.3f - 1, CellSize, bold, Ink, align);
            offset += widths[c];
        }
        using var rule = new SKPaint { Color = Rule, StrokeWidth = 0.4f, IsStroke = true };
        Canvas.DrawLine(Left, y + h, Right, y + h, rule);
        y += h;
    }

    /// <summary>"1 234,5", "−12", "45 %", "3.20 ha", "2026-03-01": a figure; "AO-12 North" is not.</summary>
    internal static bool LooksLikeFigure(string text) => FigurePattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[-−+]?\d[\d\s.,:'’\u00A0\u202F/-]*(\s?[%\p{L}²]{1,6})?$")]
    private static partial Regex FigurePattern();
}
