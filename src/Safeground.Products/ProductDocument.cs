using System.Globalization;
using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// A printed product (certificate, report, tables) as a PDF: A4 portrait, 15 mm margins, DejaVu Sans shaped by
/// HarfBuzz so Cyrillic and Arabic print right, laid out top to bottom by the calls in order. The language is
/// <see cref="Texts.Culture"/>'s at <see cref="Create"/>; in Arabic the page reads from the right (text, tables and
/// figures mirror). Pages are recorded first and written on <see cref="Dispose"/>, so every footer can say "page N of M".
/// </summary>
public sealed partial class ProductDocument : IDisposable
{
    internal const float Pt = 72f / 25.4f;            // points per millimetre
    internal const float PageWidth = 210 * Pt;
    internal const float PageHeight = 297 * Pt;
    internal const float Margin = 15 * Pt;
    private const float HeaderHeight = 9 * Pt;
    private const float FooterHeight = 9 * Pt;
    internal const float BodySize = 10f;
    internal static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    internal static readonly SKColor Muted = new(0x66, 0x66, 0x66);
    internal static readonly SKColor Rule = new(0xBB, 0xBB, 0xBB);

    private readonly Stream output;
    private readonly ProductInfo info;
    private readonly CultureInfo culture;
    private readonly List<SKPicture> pages = [];
    private SKPictureRecorder? recorder;
    private SKCanvas? canvas;
    private float y;
    private bool disposed;

    private ProductDocument(Stream output, ProductInfo info)
    {
        this.output = output;
        this.info = info;
        culture = Texts.Culture;
        RightToLeft = culture.TextInfo.IsRightToLeft;
    }

    /// <summary>True when the document reads from the right (Arabic).</summary>
    public bool RightToLeft { get; }

    internal static float Left => Margin;
    internal static float Right => PageWidth - Margin;
    internal static float Width => PageWidth - 2 * Margin;
    private static float Top => Margin + HeaderHeight;
    private static float Bottom => PageHeight - Margin - FooterHeight;

    /// <summary>Starts a product written to <paramref name="output"/> when the document is disposed; the first page shows the title and scope.</summary>
    public static ProductDocument Create(Stream output, ProductInfo info)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        var document = new ProductDocument(output, info);
        document.NewPage();
        document.Text(info.Title, 18, bold: true, Ink, lineGap: 1.25f);
        document.Text(info.Scope, 11, bold: false, Muted, lineGap: 1.3f);
        document.y += 4 * Pt;
        return document;
    }

    /// <summary>A section heading, kept on the page with at least a few lines after it.</summary>
    public void Heading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Room(14 * 1.4f + 40);
        y += 3 * Pt;
        Text(text, 13, bold: true, Ink, lineGap: 1.35f);
        y += 1 * Pt;
    }

    /// <summary>Wrapped body text.</summary>
    public void Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text(text, BodySize, bold: false, Ink, lineGap: 1.4f);
        y += 2 * Pt;
    }

    /// <summary>Forces the next content onto a new page.</summary>
    public void PageBreak() => NewPage();

    /// <summary>Wrapped text, breaking across pages line by line.</summary>
    private void Text(string text, float size, bool bold, SKColor color, float lineGap)
    {
        float line = size * lineGap;
        foreach (var l in ProductText.Wrap(text, Width, size, bold))
        {
            Room(line);
            DrawLine(l, Start, y + size, size, bold, color, StartAlign);
            y += line;
        }
    }

    /// <summary>The x of the reading start (left margin, or right in Arabic).</summary>
    internal float Start => RightToLeft ? Right : Left;

    internal SKTextAlign StartAlign => RightToLeft ? SKTextAlign.Right : SKTextAlign.Left;

    internal SKTextAlign EndAlign => RightToLeft ? SKTextAlign.Left : SKTextAlign.Right;

    internal float DrawLine(string text, float x, float baseline, float size, bool bold, SKColor color, SKTextAlign align) =>
        ProductText.Draw(Canvas, text, x, baseline, size, bold, color, align, RightToLeft);

    internal SKCanvas Canvas => canvas ?? throw new ObjectDisposedException(nameof(ProductDocument));

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    internal void Room(float height)
    {
        if (y + height > Bottom && y > Top) NewPage();
    }

    internal float Y { get => y; set => y = value; }

    internal static float Space => Bottom - Top;

    private void NewPage()
    {
        FinishPage();
        recorder = new SKPictureRecorder();
        canvas = recorder.BeginRecording(new SKRect(0, 0, PageWidth, PageHeight));
        y = Top;
    }

    private void FinishPage()
    {
        if (recorder is null) return;
        pages.Add(recorder.EndRecording());
        recorder.Dispose();
        recorder = null;
        canvas = null;
    }

    /// <summary>Writes the PDF: each recorded page with its header and footer.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        FinishPage();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Subject = info.Scope,
            Creator = "Safeground",
            Producer = "Safeground",
            Creation = info.MadeAt.UtcDateTime,
            Modified = info.MadeAt.UtcDateTime,
            RasterDpi = 150,
            EncodingQuality = 101,   // lossless: charts are lines and text, which JPEG smears
        };
        // Our own wrapper, disposed before we return: one left to the finalizer flushes into the caller's stream after
        // the caller closed it, and an exception thrown inside Skia's native callback ends the process.
        using var stream = new SKManagedWStream(output);
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (int i = 0; i < pages.Count; i++)
            {
                var page = document.BeginPage(PageWidth, PageHeight);
                page.DrawPicture(pages[i]);
                canvas = page;
                Frame(i + 1, pages.Count);
                canvas = null;
                document.EndPage();
                pages[i].Dispose();
            }
            document.Close();
        }
        stream.Flush();
        pages.Clear();
    }

    /// <summary>The header (title, source) and footer (scope, when made, page N of M) every page carries.</summary>
    private void Frame(int page, int count)
    {
        const float size = 7.5f;
        float head = Margin + 4 * Pt;
        DrawLine(info.Title, Start, head, size, true, Muted, StartAlign);
        DrawLine(info.Source, RightToLeft ? Left : Right, head, size, false, Muted, EndAlign);
        using var rule = new SKPaint { Color = Rule, StrokeWidth = 0.5f, IsStroke = true };
        Canvas.DrawLine(Left, head + 2.5f * Pt, Right, head + 2.5f * Pt, rule);
        float foot = PageHeight - Margin;
        Canvas.DrawLine(Left, foot - 5 * Pt, Right, foot - 5 * Pt, rule);
        DrawLine(Texts.Render("product.footer", ("scope", info.Scope), ("made", Texts.Minute(info.MadeAt))), Start, foot, size, false, Muted, StartAlign);
        DrawLine(Texts.Render("product.page", ("page", page), ("pages", count)), RightToLeft ? Left : Right, foot, size, false, Muted, EndAlign);
    }
}
