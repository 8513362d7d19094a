using UglyToad.PdfPig;

namespace Safeground.Products.Tests;

/// <summary>A PDF read back the way a reader's copy-and-paste or a search engine sees it (PdfPig).</summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToList();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));

    /// <summary>The text with spaces removed: PdfPig joins letters, and spaces come back only where a space glyph was drawn.</summary>
    public static string Squeezed(byte[] pdf) => new(All(pdf).Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
