using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground status --region --organisation --from --to</c> on the demo store.</summary>
public class StatusFilterTests
{
    private static JsonElement Total(JsonDocument doc) => doc.RootElement.GetProperty("total");

    [Fact]
    public void Filters_restrict_the_figures_echo_themselves_and_organisations_add_up()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        using var whole = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", "organisation").Stdout);
        var organisations = whole.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()!).ToList();
        Assert.True(organisations.Count > 1);

        long finds = 0;
        int hazards = 0;
        double cleared = 0;
        foreach (var o in organisations)
        {
            var r = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--organisation", o);
            Assert.True(r.ExitCode == 0, r.ToString());
            using var doc = JsonDocument.Parse(r.Stdout);
            Assert.Equal(o, doc.RootElement.GetProperty("filter").GetProperty("organisation").GetString());
            finds += Total(doc).GetProperty("finds").GetInt64();
            hazards += Total(doc).GetProperty("hazards").GetInt32();
            cleared += Total(doc).GetProperty("clearedM2").GetDouble();
        }
        Assert.Equal(Total(whole).GetProperty("finds").GetInt64(), finds);
        Assert.Equal(Total(whole).GetProperty("hazards").GetInt32(), hazards);
        Assert.Equal(Total(whole).GetProperty("clearedM2").GetDouble(), cleared, 1e-3);

        var period = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--from", "2000-01-01", "--to", "2000-12-31");
        Assert.True(period.ExitCode == 0, period.ToString());
        using (var doc = JsonDocument.Parse(period.Stdout))
        {
            Assert.Equal("2000-01-01", doc.RootElement.GetProperty("filter").GetProperty("from").GetString());
            Assert.Equal(0, Total(doc).GetProperty("hazards").GetInt32());
            Assert.Equal(0, Total(doc).GetProperty("finds").GetInt64());
        }

        var plain = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--organisation", organisations[0], "--to", "2099-01-01");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains($"Only: organisation {organisations[0]}, to 2099-01-01", plain.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "01.02.2024")]
    [InlineData("--to", "2024-13-01")]
    [InlineData("--from", "yesterday")]
    public void A_bad_date_is_a_usage_error_naming_the_option(string option, string value)
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "status", "--store", "nowhere.gpkg", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{option} '{value}' is not a date (use YYYY-MM-DD)", r.Stderr + r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_a_usage_error()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "status", "--store", "nowhere.gpkg", "--from", "2024-05-01", "--to", "2024-04-30");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--from/--to: the period starts (2024-05-01) after it ends (2024-04-30)", r.Stderr + r.Stdout, StringComparison.Ordinal);
    }
}
