using System.Runtime.InteropServices;
using SkiaSharp;

namespace Safeground.Products;

/// <summary>
/// A font cut down to the glyphs a document drew, through HarfBuzz's subsetter (in the HarfBuzzSharp native library
/// ScottPlot already brings). Skia's PDF backend as SkiaSharp 3.119 builds it has no subsetter and embeds the whole
/// font: DejaVu Sans and its bold made every product about 750 KB. Glyph ids are kept (RETAIN_GIDS), so the glyphs
/// shaped with the full font stay valid; the code points drawn are kept in the cmap for text extraction.
/// </summary>
internal static partial class FontSubset
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1, RetainGids = 0x2;

    public static SKTypeface? Of(HarfBuzzSharp.Face face, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            hb_subset_input_set_flags(input, NoHinting | RetainGids);
            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0);
            foreach (var g in glyphs) hb_set_add(glyphSet, g);
            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var c in codePoints) hb_set_add(unicodeSet, (uint)c);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) return null;
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0) return null;
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return SKTypeface.FromData(SKData.CreateCopy(bytes));
                }
                finally { hb_blob_destroy(blob); }
            }
            finally { hb_face_destroy(subset); }
        }
        finally { hb_subset_input_destroy(input); }
    }

    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_set_add(IntPtr set, uint codepoint);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Library)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Library)] private static partial void hb_face_destroy(IntPtr face);
}
