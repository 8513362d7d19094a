using NetTopologySuite.Geometries;
using UglyToad.PdfPig;

namespace Safeground.Products.Tests;

public sealed class ProductDocumentTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private static readonly DateTimeOffset MadeAt = new(2026, 3, 31, 17, 5, 0, TimeSpan.Zero);

    private static byte[] Write(Action<ProductDocument> body, string title = "Test product")
    {
        using var output = new MemoryStream();
        using (var document = ProductDocument.Create(output, new ProductInfo(title, "Whole programme · March 2026", MadeAt, "demo.gpkg")))
            body(document);
        return output.ToArray();
    }

    private static Polygon Square(double lon, double lat, double size) => Wgs84.CreatePolygon(
    [
        new(lon, lat), new(lon + size, lat), new(lon + size, lat + size), new(lon, lat + size), new(lon, lat),
    ]);

    [Fact]
    public void Every_block_prints_and_its_text_reads_back_including_Cyrillic()
    {
        using var _ = new Culture("en");
        var map = new ProductMap();
        var area = Square(30.50, 50.40, 0.004);
        map.Polygon(area, MapStyle.Cleared, "SHA-7");
        map.Point(Wgs84.CreatePoint(new Coordinate(30.503, 50.402)), MapStyle.Find);
        map.TurningPoints(area);
        var chart = ProductCharts.Bars("Land released", [("Cancelled", 1200), ("Reduced", 800.5), ("Cleared", 4300)], "m²");
        var stacked = ProductCharts.StackedBars("By month", ["Jan", "Feb", "Mar"], [("Cleared", [1, 2, 3]), ("Reduced", [2, 2, 2])], "ha");
        var pdf = Write(d =>
        {
            d.Heading("Київська область");
            d.Paragraph("Ділянку очищено та передано громаді села Гостомель.");
            d.Figures([("Area cleared", "4,300 m²"), ("Депутат", "Олена Коваленко")]);
            d.Image(chart, 70);
            d.Image(stacked, 70);
            d.Map(map, 100);
            d.Table(["Point", "Latitude", "Longitude"], Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"P{i}", "50.400000", "30.500000"]).ToList(), [1, 2, 2]);
            d.Signatures(["Operator", "National authority", "Received by"]);
        });

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 4, $"{document.NumberOfPages} pages: the long table must run onto further pages");
        Assert.Equal("Test product", document.Information.Title);
        Assert.Equal("Safeground", document.Information.Creator);
        var text = PdfText.Squeezed(pdf);
        Assert.Contains("Київськаобласть", text);
        Assert.Contains("Ділянкуочищенотапереданогромадісела", text);
        Assert.Contains("ОленаКоваленко", text);
        Assert.Contains("P120", text);
        Assert.Contains("Signature", text);
        // The table's header is repeated on the page it runs onto.
        var pages = document.GetPages().ToList();
        Assert.Contains("Latitude", pages[^1].Text + pages[^2].Text);
        Assert.All(pages, p => Assert.Contains($"Page{p.Number}of{pages.Count}", PdfText.Squeeze(p.Text)));
        // Fonts cut down to the glyphs used, charts compressed: the whole of DejaVu Sans and its bold made 760 KB.
        Assert.True(pdf.Length < 150_000, $"{pdf.Length} bytes");
    }

    [Fact]
    public void Arabic_reads_right_to_left_and_its_text_reads_back()
    {
        using var _ = new Culture("ar");
        var pdf = Write(d =>
        {
            d.Heading("شهادة الإنجاز");
            d.Paragraph("تم تطهير المنطقة بمساحة 1,234 m² وتسليمها إلى المجتمع المحلي.");
            d.Table(["الرقم", "خط العرض"], [["1", "50.400000"], ["2", "50.401000"]]);
        }, "شهادة");
        var text = PdfText.All(pdf);
        Assert.Contains("1,234", text);
        Assert.Contains("50.401000", text);
    }

    [Fact]
    public void Arabic_letters_take_their_joined_forms_in_visual_order()
    {
        var shaper = ProductFonts.Shaper(bold: false);
        var word = shaper.Shape("بيت", rightToLeft: true, 10);
        var isolated = "بيت".Select(c => shaper.Shape(c.ToString(), rightToLeft: true, 10).Glyphs.Single()).ToArray();
        Assert.Equal(3, word.Glyphs.Length);
        // Joined: the first letter (drawn rightmost, last in visual order) is in its initial form, not its isolated one.
        Assert.NotEqual(isolated[0], word.Glyphs[^1]);
        Assert.NotEqual(isolated[1], word.Glyphs[^2]);
    }

    [Fact]
    public void Runs_keep_digits_and_Latin_left_to_right_inside_Arabic()
    {
        var runs = ProductText.Runs("المساحة 1,234 m² فقط", rightToLeft: true);
        Assert.Equal([("المساحة ", true), ("1,234 m²", false), (" فقط", true)], runs);
    }

    [Fact]
    public void Arabic_number_separators_stay_inside_their_number()
    {
        // .NET's Arabic culture writes 154.66 as "154٫66" and 1,546,558 as "1٬546٬558" (U+066B, U+066C): cut at the
        // separators, the parts were laid out right to left and the page read "66٫154".
        var runs = ProductText.Runs("مُلغاة 154٫66 هكتار (1٬546٬558 م²)", rightToLeft: true);
        Assert.Contains(("154٫66", false), runs);
        Assert.Contains(runs, r => r.Text.Contains("1٬546٬558", StringComparison.Ordinal) && !r.RightToLeft);
    }
}
