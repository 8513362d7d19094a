using System.Globalization;
using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// A printed product (certificate, report, tables) as a PDF: A4 portrait, 15 mm margins, DejaVu Sans shaped by
/// HarfBuzz so Cyrillic and Arabic print right, laid out top to bottom by the calls in order. The language is
/// <see cref="Texts.Culture"/>'s at <see cref="Create"/>; in Arabic the page reads from the right (text, tables and
/// figures mirror). The calls are kept and laid out twice on <see cref="Dispose"/>: once to count the pages and note
/// the glyphs used, once into the PDF with fonts cut down to those glyphs, every footer saying "page N of M".
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
    private readonly List<Action> operations = [];
    private IPageSink? sink;
    private SKCanvas? canvas;
    private ProductFontSet? fonts;
    private int page;
    private int pageCount;
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

    /// <summary>The number of pages written; known once the document is disposed.</summary>
    public int PageCount => pageCount;

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
        document.Defer(() =>
        {
            document.Text(info.Title, 18, bold: true, Ink, lineGap: 1.25f);
            document.Text(info.Scope, 11, bold: false, Muted, lineGap: 1.3f);
            document.y += 4 * Pt;
        });
        return document;
    }

    /// <summary>A section heading, kept on the page with at least a few lines after it.</summary>
    public void Heading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Defer(() =>
        {
            Room(14 * 1.4f + 40);
            y += 3 * Pt;
            Text(text, 13, bold: true, Ink, lineGap: 1.35f);
            y += 1 * Pt;
        });
    }

    /// <summary>Wrapped body text.</summary>
    public void Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Defer(() =>
        {
            Text(text, BodySize, bold: false, Ink, lineGap: 1.4f);
            y += 2 * Pt;
        });
    }

    /// <summary>Forces the next content onto a new page.</summary>
    public void PageBreak() => Defer(NewPage);

    private void Defer(Action operation)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        operations.Add(operation);
    }

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
        ProductText.Draw(Canvas, Fonts, text, x, baseline, size, bold, color, align, RightToLeft);

    internal SKCanvas Canvas => canvas ?? throw new InvalidOperationException("no page is open");

    internal ProductFontSet Fonts => fonts ?? throw new InvalidOperationException("no pass is running");

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    internal void Room(float height)
    {
        if (y + height > Bottom && y > Top) NewPage();
    }

    internal static float Space => Bottom - Top;

    private void NewPage()
    {
        FinishPage();
        page++;
        canvas = sink!.Begin();
        y = Top;
    }

    private void FinishPage()
    {
        if (canvas is null) return;
        Frame(page, pageCount > 0 ? pageCount : page);
        sink!.End();
        canvas = null;
    }

    /// <summary>Lays out the document twice (count pages and glyphs, then write) and writes the PDF.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            using (var first = ProductFontSet.Collect())
            {
                Pass(first, new CountingSink());
                pageCount = page;
                using var subset = ProductFontSet.SubsetOf(first);
                // Our own wrapper, disposed before we return: one left to the finalizer flushes into the caller's
                // stream after the caller closed it.
                using var stream = new SKManagedWStream(output);
                using (var pdf = new PdfSink(stream, Metadata()))
                    Pass(subset, pdf);
                stream.Flush();
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            operations.Clear();
        }
    }

    private void Pass(ProductFontSet set, IPageSink pages)
    {
        fonts = set;
        sink = pages;
        page = 0;
        NewPage();
        foreach (var operation in operations) operation();
        FinishPage();
        sink = null;
        fonts = null;
    }

    private SKDocumentPdfMetadata Metadata() => new()
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

    /// <summary>The header (title, source) and footer (scope, when made, page N of M) every page carries.</summary>
    private void Frame(int number, int count)
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
        DrawLine(Texts.Render("product.page", ("page", number), ("pages", count)), RightToLeft ? Left : Right, foot, size, false, Muted, EndAlign);
    }

    /// <summary>Where a pass's pages go: nowhere (the first pass) or the PDF.</summary>
    private interface IPageSink
    {
        SKCanvas Begin();

        void End();
    }

    private sealed class CountingSink : IPageSink
    {
        private SKCanvas? current;

        public SKCanvas Begin() => current = new SKNoDrawCanvas((int)PageWidth + 1, (int)PageHeight + 1);

        public void End()
        {
            current?.Dispose();
            current = null;
        }
    }

    private sealed class PdfSink(SKWStream stream, SKDocumentPdfMetadata metadata) : IPageSink, IDisposable
    {
        private readonly SKDocument document = SKDocument.CreatePdf(stream, metadata);

        public SKCanvas Begin() => document.BeginPage(PageWidth, PageHeight);

        public void End() => document.EndPage();

        public void Dispose()
        {
            document.Close();
            document.Dispose();
        }
    }
}
