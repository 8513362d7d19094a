using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground publish monthly</c>: a month written strictly as YYYY-MM, a PDF written whole, for the demo's months.</summary>
public class PublishMonthlyTests
{
    [Theory]
    [InlineData("2026-13")]
    [InlineData("March")]
    [InlineData("2026-3")]
    [InlineData("2026-03-01")]
    [InlineData("03-2026")]
    public void A_month_not_written_as_YYYY_MM_is_a_usage_error_naming_it(string month)
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "publish", "monthly", "--month", month, "--out", "m.pdf", "--store", "nowhere.gpkg");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains($"--month '{month}' is not a month (use YYYY-MM, for example 2026-03)", r.Stderr + r.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "m.pdf")));
    }

    [Fact]
    public void The_demos_busiest_month_and_a_month_without_work_are_written_as_pdfs()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        using var months = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", "month").Stdout);
        string busiest = months.RootElement.GetProperty("groups").EnumerateArray()
            .Where(g => g.GetProperty("key").GetString() != "(none)")
            .OrderByDescending(g => g.GetProperty("clearedM2").GetDouble()).First().GetProperty("key").GetString()!;
        using var regions = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", "region").Stdout);
        string region = regions.RootElement.GetProperty("groups")[0].GetProperty("key").GetString()!;
        foreach (var (month, extra) in new[] { (busiest, Array.Empty<string>()), (busiest, new[] { "--region", region }), ("2000-01", Array.Empty<string>()) })
        {
            var r = CliRun.Run(dir.Path, ["publish", "monthly", "--month", month, "--out", $"m-{month}{extra.Length}.pdf", "--store", "demo.gpkg", .. extra]);
            Assert.True(r.ExitCode == 0, r.ToString());
            var pdf = File.ReadAllBytes(Path.Combine(dir.Path, $"m-{month}{extra.Length}.pdf"));
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            Assert.Contains($"m-{month}{extra.Length}.pdf", r.Stdout + r.Stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
        }
    }

    [Fact]
    public void An_unknown_store_is_an_error_and_writes_nothing()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "publish", "monthly", "--month", "2026-03", "--out", "m.pdf", "--store", "nowhere.gpkg");
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
