using Safeground.Core.Ordnance;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Treaty;
using Safeground.Products.Treaty;

namespace Safeground.Products.Tests;

/// <summary>The treaty tables as a PDF, read back with PdfPig: the figures on the page are <c>status</c>'s for the same year.</summary>
public sealed class TreatyPdfTests(TreatyDemoStore demo) : IClassFixture<TreatyDemoStore>
{
    private const int Year = 2026;

    private static string Figure(double value) => TreatyLayout.Format(value, FigureKind.M2);

    [Fact]
    public void The_pdf_prints_the_tables_with_the_figures_status_gives()
    {
        using var english = new Culture("en");
        var rules = StoredProgramme.Of(demo.Store);
        var request = new TreatyRequest(Year);
        using var output = new MemoryStream();
        var figures = TreatyTables.WritePdf(demo.Store, request, output);
        byte[] pdf = output.ToArray();
        string text = PdfText.Squeezed(pdf);
        Assert.Contains(PdfText.Squeeze("Article 7 report tables 2026"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze("Whole programme · 2026"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze("SHA: Number of areas"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze("Cancelled through non-technical survey (m²)"), text, StringComparison.Ordinal);

        var asOf = StatusReport.Compute(demo.Store, StatusGrouping.Region, request.AsOfYearEnd, rules).Total;
        var period = StatusReport.Compute(demo.Store, StatusGrouping.Region, request.DuringYear, rules).Total;
        foreach (var figure in new[] { asOf.RemainingM2, period.CancelledM2, period.ReducedM2, period.ClearedM2, period.CancelledM2 + period.ReducedM2 + period.ClearedM2, period.Finds })
            Assert.Contains(Figure(figure), text, StringComparison.Ordinal);
        Assert.Contains(Figure(period.FindsByCategory.GetValueOrDefault(EoCategory.ApMine)), text, StringComparison.Ordinal);
        // Every region's line of the released table, figure by figure.
        foreach (var row in figures.Released)
            foreach (var m2 in new[] { row.CancelledM2, row.ReducedM2, row.ClearedM2, row.ReleasedM2 })
                Assert.Contains(Figure(m2), text, StringComparison.Ordinal);
        foreach (var row in figures.Remaining)
            Assert.Contains(Figure(row.M2), text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Ukrainian_the_tables_read_in_Ukrainian_with_the_same_figures()
    {
        using var ukrainian = new Culture("uk");
        using var output = new MemoryStream();
        var figures = TreatyTables.WritePdf(demo.Store, new TreatyRequest(Year), output);
        string text = PdfText.Squeezed(output.ToArray());
        Assert.Contains(PdfText.Squeeze("Таблиці звіту за статтею 7"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze("Скасовано нетехнічним обстеженням"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squeeze(TreatyLayout.Format(figures.ReleasedTotal.ReleasedM2, FigureKind.M2)), text, StringComparison.Ordinal);
    }
}
