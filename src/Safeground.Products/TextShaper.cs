using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace Safeground.Products;

/// <summary>
/// HarfBuzz shaping of one direction run: Arabic letters take their joined forms and come out in visual order. The
/// direction is ours to give (SKShaper guesses it per call, and would turn a run of digits inside Arabic around). Not
/// thread-safe: one buffer, used by one document at a time under a lock.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private readonly HarfBuzzSharp.Font font;
    private readonly Buffer buffer = new();
    private readonly int unitsPerEm;
    private readonly Lock gate = new();

    public TextShaper(SKTypeface typeface)
    {
        Typeface = typeface;
        unitsPerEm = typeface.UnitsPerEm;
        // ToHarfBuzzBlob keeps the font's bytes in native memory that HarfBuzz frees; a blob over a managed buffer
        // crashed the process once the GC moved or freed that buffer.
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        Face = new Face(blob, index) { UnitsPerEm = unitsPerEm };
        font = new HarfBuzzSharp.Font(Face);
        font.SetScale(unitsPerEm, unitsPerEm);
        font.SetFunctionsOpenType();
    }

    public SKTypeface Typeface { get; }

    /// <summary>HarfBuzz's face of the font, which <see cref="FontSubset"/> cuts down.</summary>
    public Face Face { get; }

    /// <summary>The glyphs of <paramref name="text"/> at <paramref name="size"/> points, left to right on the page.</summary>
    public ShapedRun Shape(string text, bool rightToLeft, float size)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        lock (gate)
        {
            buffer.ClearContents();
            buffer.AddUtf8(utf8);
            buffer.GuessSegmentProperties();
            buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            font.Shape(buffer);
            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            float scale = size / unitsPerEm;
            var glyphs = new ushort[infos.Length];
            var points = new SKPoint[infos.Length];
            var clusters = new uint[infos.Length];
            float x = 0;
            for (int i = 0; i < infos.Length; i++)
            {
                glyphs[i] = (ushort)infos[i].Codepoint;
                clusters[i] = infos[i].Cluster;
                points[i] = new SKPoint(x + positions[i].XOffset * scale, -positions[i].YOffset * scale);
                x += positions[i].XAdvance * scale;
            }
            return new ShapedRun(glyphs, points, clusters, utf8, x);
        }
    }

    public void Dispose()
    {
        buffer.Dispose();
        font.Dispose();
        Face.Dispose();
    }
}

/// <summary>Glyphs with their positions from the run's origin, and the UTF-8 text and clusters behind them (for text extraction).</summary>
internal sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Utf8, float Width);
