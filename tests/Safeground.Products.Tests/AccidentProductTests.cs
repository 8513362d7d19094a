using Safeground.Core;

namespace Safeground.Products.Tests;

public sealed class AccidentProductTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private static string Text(Core.Storage.ISafegroundStore store, string report, bool personal)
    {
        using var output = new MemoryStream();
        AccidentProduct.Write(store, new AccidentRequest(report, personal), output);
        return PdfText.Squeezed(output.ToArray());
    }

    [Fact]
    public void Without_permission_the_report_holds_no_victim_name_birth_date_or_address()
    {
        using var _ = new Culture("en");
        using var store = demo.Open();
        var text = Text(store, DemoStore.Accident, personal: false);
        Assert.DoesNotContain("Quorrbeck", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Testova", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1971-07-13", text, StringComparison.Ordinal);
        // The rest of the victim's line and the accident are there.
        Assert.Contains("foot", text, StringComparison.Ordinal);
        Assert.Contains("PMN-2", text, StringComparison.Ordinal);
        Assert.Contains("Names,datesofbirthandaddressesarewithheld", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_permission_the_victim_is_named()
    {
        using var _ = new Culture("en");
        using var store = demo.Open();
        var text = Text(store, DemoStore.Accident, personal: true);
        Assert.Contains(PdfText.Squeeze(DemoStore.VictimName), text, StringComparison.Ordinal);
        Assert.Contains("1971-07-13", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_is_not_an_accident_is_refused_by_name()
    {
        using var _ = new Culture("en");
        using var store = demo.Open();
        var other = store.Reports().First(r => r.Report.Kind != Core.Reports.ReportKind.Accident).Report.Id;
        var refused = Assert.Throws<SafegroundException>(() => Text(store, other, personal: false));
        Assert.Contains(other, refused.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<SafegroundException>(() => Text(store, "R-NOPE", false)).Kind);
    }

    [Fact]
    public void Cyrillic_report_reads_back_in_Ukrainian()
    {
        using var _ = new Culture("uk");
        using var store = demo.Open();
        var text = Text(store, DemoStore.Accident, personal: false);
        Assert.Contains(PdfText.Squeeze(Texts.Render("product.accident.title")), text, StringComparison.Ordinal);
        Assert.Contains("Постраждалі", text, StringComparison.Ordinal);
    }
}
