using Safeground.Core;
using Safeground.Core.Hazards;
using UglyToad.PdfPig;

namespace Safeground.Products.Tests;

public sealed class CompletionCertificateTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private static byte[] Certificate(Core.Storage.ISafegroundStore store, string hazard)
    {
        using var output = new MemoryStream();
        CompletionCertificate.Write(store, new CertificateRequest(hazard), output);
        return output.ToArray();
    }

    [Fact]
    public void A_released_hazard_gets_a_certificate_whose_figures_are_its_state_and_status()
    {
        using var _ = new Culture("en");
        using var store = demo.Open();
        var hazard = store.Hazards().Where(h => h.Status == HazardStatus.Closed && h.HandedOverTo is not null)
            .OrderByDescending(h => h.Releases.Select(r => r.Method).Distinct().Count()).First();
        var pdf = Certificate(store, hazard.HazardId);
        var text = PdfText.Squeezed(pdf);

        foreach (var m2 in new[] { hazard.CancelledM2, hazard.ReducedM2, hazard.ClearedM2, hazard.ReleasedM2 })
            Assert.Contains(PdfText.Squeeze(ProductFormat.Area(m2)), text);
        Assert.Contains(PdfText.Squeeze(hazard.HandedOverTo!), text);
        Assert.Contains(Texts.Day(hazard.HandedOverOn!.Value), text);
        var points = ProductMap.TurningPointsOf(hazard.Original);
        Assert.True(points.Count >= 3);
        Assert.Contains(ProductFormat.Degrees(points[0].Y), text);
        Assert.Contains(ProductFormat.Degrees(points[^1].X), text);
        Assert.Contains(PdfText.Squeeze(ProductFormat.Dms(points[0].Y, latitude: true)), text);
        foreach (var report in store.ReportsOfHazard(hazard.HazardId, Core.Reports.ReportStatus.Approved))
            Assert.Contains(report.Report.Id, text);
        Assert.Contains("Forthenationalmineactionauthority", text);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Completion and handover certificate", document.Information.Title);
        Assert.True(pdf.Length < 120_000, $"{pdf.Length} bytes");
    }

    [Fact]
    public void Land_still_hazardous_or_unknown_gets_no_certificate_and_the_refusal_names_the_hazard()
    {
        using var _ = new Culture("en");
        using var store = demo.Open();
        var open = store.Hazards().First(h => h.Status != HazardStatus.Closed);
        var refused = Assert.Throws<SafegroundException>(() => Certificate(store, open.HazardId));
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains($"hazard {open.HazardId} is not released yet", refused.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<SafegroundException>(() => Certificate(store, "HA-NOPE"));
        Assert.Equal(ErrorKind.NotFound, unknown.Kind);
        Assert.Contains("HA-NOPE", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50.4, true, "50°24'00.00\"N")]
    [InlineData(-33.999999, true, "34°00'00.00\"S")]   // 59.9964" rounds up into the next degree, never 60.00"
    [InlineData(36.787766, false, "36°47'15.96\"E")]
    [InlineData(-0.5, false, "0°30'00.00\"W")]
    public void Coordinates_print_in_degrees_minutes_and_seconds(double value, bool latitude, string expected)
    {
        Assert.Equal(expected, ProductFormat.Dms(value, latitude));
    }
}
