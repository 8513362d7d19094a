using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// The typefaces one pass over a document draws with. The first pass draws with the full fonts and notes every glyph
/// and code point; the second draws with fonts subset to just those (<see cref="FontSubset"/>), so the PDF embeds tens
/// of KB of font instead of the whole of DejaVu.
/// </summary>
internal sealed class ProductFontSet : IDisposable
{
    private readonly SKTypeface?[] subsets = new SKTypeface?[2];
    private readonly HashSet<ushort>[] glyphs = [[], []];
    private readonly HashSet<int>[] codePoints = [[], []];

    private ProductFontSet() { }

    public bool Collecting { get; private init; }

    /// <summary>The full fonts, noting what is drawn.</summary>
    public static ProductFontSet Collect() => new() { Collecting = true };

    /// <summary>The fonts cut down to what <paramref name="first"/> noted (the full font where subsetting fails).</summary>
    public static ProductFontSet SubsetOf(ProductFontSet first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var set = new ProductFontSet();
        for (int b = 0; b < 2; b++)
            if (first.glyphs[b].Count > 0)
                set.subsets[b] = FontSubset.Of(ProductFonts.Shaper(b == 1).Face, first.glyphs[b], first.codePoints[b]);
        return set;
    }

    public SKTypeface Face(bool bold) => subsets[bold ? 1 : 0] ?? ProductFonts.Face(bold);

    public void Note(bool bold, ShapedRun run, string text)
    {
        if (!Collecting) return;
        glyphs[bold ? 1 : 0].UnionWith(run.Glyphs);
        foreach (var rune in text.EnumerateRunes()) codePoints[bold ? 1 : 0].Add(rune.Value);
    }

    public void Dispose()
    {
        foreach (var s in subsets) s?.Dispose();
    }
}
