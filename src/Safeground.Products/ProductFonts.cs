using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// DejaVu Sans (Debian's fonts-dejavu-core): one family that covers Latin, Cyrillic and Arabic, so a line mixing a
/// Ukrainian place name with an Arabic label needs no fallback. Loaded from the file, never matched by family name:
/// a host without fontconfig's match would silently give a font with no Cyrillic.
/// </summary>
internal static class ProductFonts
{
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<TextShaper> RegularShaper = new(() => new TextShaper(RegularFace.Value));
    private static readonly Lazy<TextShaper> BoldShaper = new(() => new TextShaper(BoldFace.Value));

    public static SKTypeface Face(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    public static TextShaper Shaper(bool bold) => bold ? BoldShaper.Value : RegularShaper.Value;

    private static SKTypeface Load(string file)
    {
        var dir = Environment.GetEnvironmentVariable("SAFEGROUND_FONTS") ?? Directory;
        var path = Path.Combine(dir, file);
        if (!File.Exists(path))
            throw Safeground.Core.SafegroundException.Invalid(Texts.Render("product.error.font-missing", ("path", path)));
        return SKTypeface.FromFile(path) ?? throw new InvalidDataException(Texts.Render("product.error.font-missing", ("path", path)));
    }
}
