using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Safeground.Core.Ordnance;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Treaty;
using Safeground.Products.Treaty;

namespace Safeground.Products.Tests;

/// <summary>
/// The treaty workbook read back with the Open XML SDK: one sheet per table, the form's headers, and every figure a
/// number (not text) with a number format, equal to <c>status</c> for the same year.
/// </summary>
public sealed class TreatyWorkbookTests(TreatyDemoStore demo) : IClassFixture<TreatyDemoStore>
{
    private const int Year = 2026;

    private static Dictionary<string, Cell> Cells(WorkbookPart workbook, string sheetName)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
    }

    private static string TextOf(Cell c) => c.InlineString?.InnerText ?? "";

    private static double NumberOf(WorkbookPart workbook, Cell c)
    {
        Assert.True(c.DataType is null || c.DataType.Value == CellValues.Number, $"{c.CellReference} is a number");
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value);
        Assert.Contains(format.NumberFormatId!.Value, new uint[] { 3, 164 }); // #,##0 or #,##0.000
        return double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    // The rows whose first cell reads label (a region has a row per contamination type).
    private static List<int> RowsOf(Dictionary<string, Cell> cells, string label) =>
        cells.Values.Where(c => c.CellReference!.Value!.StartsWith('A') && TextOf(c) == label)
            .Select(c => int.Parse(c.CellReference!.Value![1..], CultureInfo.InvariantCulture)).ToList();

    private static int TotalRow(Dictionary<string, Cell> cells) => RowsOf(cells, "Total").Single(r => TextOf(cells[$"B{r}"]) == "All types");

    private static double Sum(WorkbookPart workbook, Dictionary<string, Cell> cells, string column, IEnumerable<int> rows) =>
        rows.Sum(r => NumberOf(workbook, cells[$"{column}{r}"]));

    [Fact]
    public void The_workbook_has_a_sheet_per_table_with_the_forms_headers_and_status_figures_as_numbers()
    {
        var rules = StoredProgramme.Of(demo.Store);
        var request = new TreatyRequest(Year);
        using var output = new MemoryStream();
        var figures = TreatyTables.WriteXlsx(demo.Store, request, output);
        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["A Remaining", "B Released", "C Ordnance"], names);

        var asOf = StatusReport.Compute(demo.Store, StatusGrouping.Region, request.AsOfYearEnd, rules);
        var period = StatusReport.Compute(demo.Store, StatusGrouping.Region, request.DuringYear, rules);

        // A: title rows with the year and scope, the form's grouped headers, a row per region, the total.
        var a = Cells(workbook, "A Remaining");
        Assert.Equal("Article 7 report tables 2026", TextOf(a["A1"]));
        Assert.Equal("Whole programme · 2026", TextOf(a["A2"]));
        Assert.Contains("as of 2026-12-31", TextOf(a["A3"]), StringComparison.Ordinal);
        Assert.Equal(["Region", "Contamination type", "Suspected hazardous areas (SHA)", "", "Confirmed hazardous areas (CHA)", "", "All hazardous areas"],
            new[] { "A5", "B5", "C5", "D5", "E5", "F5", "G5" }.Select(r => TextOf(a[r])));
        Assert.Equal(["Number of areas", "Area (m²)", "Number of areas", "Area (m²)", "Number of areas", "Area (m²)", "Area (km²)"],
            new[] { "C6", "D6", "E6", "F6", "G6", "H6", "I6" }.Select(r => TextOf(a[r])));
        foreach (var line in asOf.Groups.Where(g => g.RemainingM2 > 0))
        {
            var rows = RowsOf(a, line.Key);
            Assert.NotEmpty(rows);
            Assert.Equal(line.RemainingM2, Sum(workbook, a, "H", rows), 3);
            Assert.Equal(line.RemainingM2ByClass.GetValueOrDefault(Core.Hazards.HazardClass.Sha), Sum(workbook, a, "D", rows), 3);
            Assert.Equal(line.RemainingM2 / 1e6, Sum(workbook, a, "I", rows), 9);
        }
        int total = TotalRow(a);
        Assert.Equal(asOf.Total.RemainingM2, NumberOf(workbook, a[$"H{total}"]), 6);
        Assert.Equal(figures.RemainingTotal.Areas, NumberOf(workbook, a[$"G{total}"]));
        Assert.Equal(figures.Remaining.Count + figures.RemainingByType.Count, total - 7);

        // B: released by method, as status --from --to gives it.
        var b = Cells(workbook, "B Released");
        Assert.Equal(["Region", "Contamination type", "Cancelled through non-technical survey (m²)", "Reduced through technical survey (m²)", "Cleared (m²)", "Total released (m²)"],
            new[] { "A5", "B5", "C5", "D5", "E5", "F5" }.Select(r => TextOf(b[r])));
        foreach (var line in period.Groups.Where(g => g.ReleasedM2 > 0))
        {
            var rows = RowsOf(b, line.Key);
            Assert.Equal(line.CancelledM2, Sum(workbook, b, "C", rows), 3);
            Assert.Equal(line.ReducedM2, Sum(workbook, b, "D", rows), 3);
            Assert.Equal(line.ClearedM2, Sum(workbook, b, "E", rows), 3);
        }
        total = TotalRow(b);
        // Released by method, gross: land a reopening returned to hazardous is in table A's remaining, not taken off here.
        Assert.Equal(period.Total.CancelledM2 + period.Total.ReducedM2 + period.Total.ClearedM2, NumberOf(workbook, b[$"F{total}"]), 6);
        // The demo's surveys state a type: each region's lines are in words, and each type has its total line.
        var types = Enum.GetValues<Core.Hazards.ContaminationType>().Select(t => TreatyLayout.TypeWord(Core.Storage.StoredNames.Of(t))).ToList();
        Assert.Contains(TextOf(b["B7"]), types);
        Assert.Equal(figures.ReleasedByType.Count, RowsOf(b, "Total").Count - 1);

        // C: a column per EO category, in the shared list's order, then all items.
        var c = Cells(workbook, "C Ordnance");
        var categories = Enum.GetValues<EoCategory>();
        Assert.Equal("AP mine", TextOf(c["C5"]));
        total = TotalRow(c);
        for (int i = 0; i < categories.Length; i++)
            Assert.Equal(period.Total.FindsByCategory.GetValueOrDefault(categories[i]), NumberOf(workbook, c[$"{TreatyWorkbook.Column(i + 2)}{total}"]));
        Assert.Equal(period.Total.Finds, NumberOf(workbook, c[$"{TreatyWorkbook.Column(categories.Length + 2)}{total}"]));
        Assert.True(period.Total.Finds > 0);
    }

    [Fact]
    public void Column_letters_go_past_Z()
    {
        Assert.Equal(["A", "Z", "AA", "AZ", "BA"], new[] { 0, 25, 26, 51, 52 }.Select(TreatyWorkbook.Column));
    }
}
