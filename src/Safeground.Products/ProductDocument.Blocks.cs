using SkiaSharp;

namespace Safeground.Products;

/// <summary>The blocks besides text and tables: figures, images, maps and signatures.</summary>
public sealed partial class ProductDocument
{
    /// <summary>A two-column block: the label (wrapped) and its figure (bold), one row each, kept on one page.</summary>
    public void Figures(IReadOnlyList<(string Label, string Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var copy = rows.ToArray();
        Defer(() => FiguresNow(copy));
    }

    private void FiguresNow(IReadOnlyList<(string Label, string Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        const float size = BodySize;
        float line = size * 1.4f;
        float labelWidth = Width * 0.6f;
        foreach (var (label, value) in rows)
        {
            var labels = ProductText.Wrap(label, labelWidth - 4 * Pt, size, false);
            var values = ProductText.Wrap(value, Width - labelWidth, size, true);
            float height = Math.Max(labels.Count, values.Count) * line;
            Room(height);
            for (int i = 0; i < labels.Count; i++)
                DrawLine(labels[i], Start, y + size + i * line, size, false, Ink, StartAlign);
            float valueX = RightToLeft ? Right - labelWidth : Left + labelWidth;
            for (int i = 0; i < values.Count; i++)
                DrawLine(values[i], valueX, y + size + i * line, size, true, Ink, StartAlign);
            using var rule = new SKPaint { Color = new SKColor(0xE4, 0xE4, 0xE4), StrokeWidth = 0.4f, IsStroke = true };
            Canvas.DrawLine(Left, y + height - 0.15f * line, Right, y + height - 0.15f * line, rule);
            y += height;
        }
        y += 3 * Pt;
    }

    /// <summary>A PNG (a chart) across the text width, its aspect kept, never split across pages.</summary>
    public void Image(byte[] png, float heightMm)
    {
        ArgumentNullException.ThrowIfNull(png);
        using (var codec = SKCodec.Create(new SKMemoryStream(png)))
            if (codec is null) throw new ArgumentException(Texts.Render("product.error.not-an-image"), nameof(png));
        Defer(() => ImageNow(png, heightMm));
    }

    private void ImageNow(byte[] png, float heightMm)
    {
        ArgumentNullException.ThrowIfNull(png);
        using var image = SKImage.FromEncodedData(png) ?? throw new ArgumentException(Texts.Render("product.error.not-an-image"), nameof(png));
        float height = Math.Min(heightMm * Pt, Space);
        float width = Width;
        float scale = Math.Min(width / image.Width, height / image.Height);
        float w = image.Width * scale, h = image.Height * scale;
        Room(h + 2 * Pt);
        var rect = SKRect.Create(Left + (Width - w) / 2, y, w, h);
        using var paint = new SKPaint { IsAntialias = true };
        Canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
        y += h + 4 * Pt;
    }

    /// <summary>A map of Safeground's own geometries, drawn as vectors across the text width.</summary>
    public void Map(ProductMap map, float heightMm)
    {
        ArgumentNullException.ThrowIfNull(map);
        Defer(() => MapNow(map, heightMm));
    }

    private void MapNow(ProductMap map, float heightMm)
    {
        ArgumentNullException.ThrowIfNull(map);
        float height = Math.Min(heightMm * Pt, Space);
        Room(height + 2 * Pt);
        map.Draw(this, SKRect.Create(Left, y, Width, height));
        y += height + 4 * Pt;
    }

    /// <summary>One block per role (role, name, signature and date lines), three to a row, kept on one page.</summary>
    public void Signatures(IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var copy = roles.ToArray();
        Defer(() => SignaturesNow(copy));
    }

    private void SignaturesNow(IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        const int perRow = 3;
        float gap = 6 * Pt;
        float blockWidth = (Width - gap * (perRow - 1)) / perRow;
        const float size = 9f;
        var lines = new[] { "product.signature.name", "product.signature.signature", "product.signature.date" };
        using var rule = new SKPaint { Color = Ink, StrokeWidth = 0.5f, IsStroke = true };
        for (int first = 0; first < roles.Count; first += perRow)
        {
            var row = roles.Skip(first).Take(perRow).ToList();
            var titles = row.Select(r => ProductText.Wrap(r, blockWidth, size, true)).ToList();
            float titleHeight = titles.Max(t => t.Count) * size * 1.3f;
            float height = titleHeight + lines.Length * 11 * Pt + 2 * Pt;
            Room(height + 4 * Pt);
            y += 4 * Pt;
            for (int i = 0; i < row.Count; i++)
            {
                float offset = i * (blockWidth + gap);
                float left = RightToLeft ? Right - offset - blockWidth : Left + offset;
                float start = RightToLeft ? left + blockWidth : left;
                for (int t = 0; t < titles[i].Count; t++)
                    DrawLine(titles[i][t], start, y + size + t * size * 1.3f, size, true, Ink, StartAlign);
                float at = y + titleHeight;
                foreach (var id in lines)
                {
                    at += 11 * Pt;
                    float labelWidth = DrawLine(Texts.Render(id), start, at, 8, false, Muted, StartAlign);
                    float lineFrom = RightToLeft ? left : left + labelWidth + 2 * Pt;
                    float lineTo = RightToLeft ? left + blockWidth - labelWidth - 2 * Pt : left + blockWidth;
                    Canvas.DrawLine(lineFrom, at + 1, lineTo, at + 1, rule);
                }
            }
            y += height;
        }
        y += 2 * Pt;
    }
}
