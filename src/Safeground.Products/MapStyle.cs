using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// How a kind of geometry is drawn on a product's map, and its name in the legend. The well-known styles are
/// properties, not fields, so their names are rendered in the language current when the map is drawn.
/// </summary>
public sealed record MapStyle(string Name, SKColor Fill, SKColor Stroke)
{
    /// <summary>Land still suspected or confirmed hazardous.</summary>
    public static MapStyle Remaining => new(Texts.Render("product.map.remaining"), new SKColor(0xE0, 0x3C, 0x31, 0x66), new SKColor(0xB0, 0x1E, 0x16));

    /// <summary>Land released by non-technical survey.</summary>
    public static MapStyle Cancelled => new(Texts.Render("product.map.cancelled"), new SKColor(0x7F, 0xB3, 0xD5, 0x80), new SKColor(0x2E, 0x6D, 0x9E));

    /// <summary>Land released by technical survey.</summary>
    public static MapStyle Reduced => new(Texts.Render("product.map.reduced"), new SKColor(0xF2, 0xC1, 0x4E, 0x80), new SKColor(0xA8, 0x7A, 0x0C));

    /// <summary>Land released by clearance.</summary>
    public static MapStyle Cleared => new(Texts.Render("product.map.cleared"), new SKColor(0x5C, 0xB8, 0x5C, 0x80), new SKColor(0x2E, 0x7D, 0x32));

    /// <summary>An explosive ordnance find.</summary>
    public static MapStyle Find => new(Texts.Render("product.map.find"), new SKColor(0xF5, 0x7C, 0x00), new SKColor(0x7A, 0x3E, 0x00));

    /// <summary>The place of an accident.</summary>
    public static MapStyle Accident => new(Texts.Render("product.map.accident"), new SKColor(0xC6, 0x28, 0x28), new SKColor(0x4A, 0x00, 0x00));
}
