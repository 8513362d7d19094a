using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// One line of text on a page: split into direction runs (Arabic and Hebrew right to left; Latin, Cyrillic and digits
/// left to right; spaces and punctuation take the direction of their neighbours when both agree, else the paragraph's),
/// each run shaped by HarfBuzz, the runs laid out in the paragraph's order. That is the Unicode bidi algorithm for the
/// one level of embedding our texts have ("المساحة 1,234 m²"), without its rarely met rest.
/// </summary>
internal static class ProductText
{
    public static float Measure(string text, float size, bool bold) =>
        Runs(text, rightToLeft: false).Sum(r => Shape(r, size, bold).Width);

    /// <summary>Draws <paramref name="text"/> with its start at <paramref name="x"/> (left edge, or right edge when <paramref name="align"/> says).</summary>
    public static float Draw(SKCanvas canvas, ProductFontSet fonts, string text, float x, float baseline, float size, bool bold, SKColor color, SKTextAlign align, bool rightToLeft)
    {
        var logical = Runs(text, rightToLeft);
        var runs = logical.Select(r => Shape(r, size, bold)).ToList();
        for (int i = 0; i < runs.Count; i++) fonts.Note(bold, runs[i], logical[i].Text);
        float width = runs.Sum(r => r.Width);
        float left = align switch { SKTextAlign.Right => x - width, SKTextAlign.Center => x - width / 2, _ => x };
        if (runs.Count == 0) return width;
        // Runs in a right-to-left paragraph go from the right edge leftwards: the first (logical) run is rightmost.
        IEnumerable<ShapedRun> visual = rightToLeft ? Enumerable.Reverse(runs) : runs;
        using var font = new SKFont(fonts.Face(bold), size) { Subpixel = true, LinearMetrics = true, Edging = SKFontEdging.Antialias };
        using var builder = new SKTextBlobBuilder();
        float at = left;
        foreach (var run in visual)
        {
            if (run.Glyphs.Length > 0)
            {
                var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length);
                buffer.SetGlyphs(run.Glyphs);
                buffer.SetPositions(run.Positions.Select(p => new SKPoint(p.X + at, p.Y)).ToArray());
                buffer.SetText(run.Utf8);
                buffer.SetClusters(run.Clusters);
            }
            at += run.Width;
        }
        using var blob = builder.Build();
        if (blob is not null)
        {
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            canvas.DrawText(blob, 0, baseline, paint);
        }
        return width;
    }

    /// <summary>Greedy word wrap at spaces; a word wider than the line is cut where it must (long ids, paths).</summary>
    public static IReadOnlyList<string> Wrap(string text, float width, float size, bool bold)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var words = paragraph.Split(' ');
            float space = Measure(" ", size, bold);
            var line = new System.Text.StringBuilder();
            float used = 0;
            foreach (var w in words)
            {
                var word = w;
                float ww = Measure(word, size, bold);
                while (ww > width && word.Length > 1)
                {
                    if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); used = 0; }
                    int cut = word.Length - 1;
                    while (cut > 1 && Measure(word[..cut], size, bold) > width) cut--;
                    lines.Add(word[..cut]);
                    word = word[cut..];
                    ww = Measure(word, size, bold);
                }
                if (line.Length > 0 && used + space + ww > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    used = 0;
                }
                if (line.Length > 0) { line.Append(' '); used += space; }
                line.Append(word);
                used += ww;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    private static ShapedRun Shape((string Text, bool RightToLeft) run, float size, bool bold) =>
        ProductFonts.Shaper(bold).Shape(run.Text, run.RightToLeft, size);

    /// <summary>The text cut into maximal runs of one direction, in logical order.</summary>
    public static List<(string Text, bool RightToLeft)> Runs(string text, bool rightToLeft)
    {
        var runs = new List<(string, bool)>();
        if (text.Length == 0) return runs;
        var strong = new bool?[text.Length];
        for (int i = 0; i < text.Length; i++) strong[i] = Strong(text[i]);
        // A percent or degree sign after a number goes with it ("45 %" stays one left-to-right run).
        for (int i = 0; i < text.Length; i++)
        {
            if (!"%°‰′″".Contains(text[i], StringComparison.Ordinal)) continue;
            int j = i - 1;
            while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
            if (j >= 0 && char.IsDigit(text[j])) strong[i] = false;
        }
        var resolved = new bool[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (strong[i] is { } s) { resolved[i] = s; continue; }
            bool? before = null, after = null;
            for (int j = i - 1; j >= 0 && before is null; j--) before = strong[j];
            for (int j = i + 1; j < text.Length && after is null; j++) after = strong[j];
            resolved[i] = before is not null && before == after ? before.Value : rightToLeft;
        }
        int start = 0;
        for (int i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && resolved[i] == resolved[start]) continue;
            runs.Add((text[start..i], resolved[start]));
            start = i;
        }
        return runs;
    }

    /// <summary>True for a right-to-left letter, false for a left-to-right letter or a digit, null for the rest.</summary>
    private static bool? Strong(char c)
    {
        // The Arabic decimal and thousands separators belong to the number they sit in (Unicode's class AN), not to the
        // Arabic words around it.
        if (c is '\u066B' or '\u066C') return false;
        if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            return char.IsDigit(c) ? false : c is >= '\u064B' and <= '\u065F' or '\u0670' ? null : true;
        if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNumber) return false;
        return null;
    }
}
