using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground publish treaty</c> on the demo store: a workbook and a PDF by the extension, and clear refusals.</summary>
public class PublishTreatyTests
{
    [Fact]
    public void Writes_the_workbook_and_the_pdf_by_extension_and_refuses_an_unknown_one_or_a_year_without_data()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);

        // The workbook, written through a file opened for writing only (as publish writes every product).
        var xlsx = CliRun.Run(dir.Path, "publish", "treaty", "--year", "2026", "--out", "treaty.xlsx", "--store", "demo.gpkg");
        Assert.True(xlsx.ExitCode == 0, xlsx.ToString());
        Assert.Contains("Wrote treaty.xlsx", xlsx.Stdout, StringComparison.Ordinal);
        using (var document = SpreadsheetDocument.Open(System.IO.Path.Combine(dir.Path, "treaty.xlsx"), false))
        {
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["A Remaining", "B Released", "C Ordnance"], sheets);
        }

        var pdf = CliRun.Run(dir.Path, "publish", "treaty", "--year", "2026", "--out", "treaty.pdf", "--store", "demo.gpkg", "--lang", "fr");
        Assert.True(pdf.ExitCode == 0, pdf.ToString());
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(dir.Path, "treaty.pdf"));
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);

        var empty = CliRun.Run(dir.Path, "publish", "treaty", "--year", "2025", "--out", "old.pdf", "--store", "demo.gpkg");
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("has nothing to report for 2025", empty.Stderr, StringComparison.Ordinal);

        var word = CliRun.Run(dir.Path, "publish", "treaty", "--year", "2026", "--out", "treaty.docx", "--store", "demo.gpkg");
        Assert.Equal(1, word.ExitCode);
        Assert.Contains("treaty.docx: the treaty tables are written as .xlsx or .pdf", word.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path, "old.pdf*").Concat(Directory.GetFiles(dir.Path, "treaty.docx*")).Concat(Directory.GetFiles(dir.Path, "*.tmp")));
    }
}
