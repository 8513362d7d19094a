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

/// <summary><c>safeground status --as-of</c> and <c>--from/--to</c>: figures as they stood on a day, and for a period.</summary>
public class StatusAsOfTests
{
    private static JsonElement Total(JsonDocument doc) => doc.RootElement.GetProperty("total");

    private static double M2(JsonDocument doc, string key) => Total(doc).GetProperty(key).GetDouble();

    private static double Released(JsonDocument doc) => M2(doc, "cancelledM2") + M2(doc, "reducedM2") + M2(doc, "clearedM2");

    private static JsonDocument Status(TempDir dir, params string[] args)
    {
        var r = CliRun.Run(dir.Path, ["status", "--store", "demo.gpkg", "--json", .. args]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return JsonDocument.Parse(r.Stdout);
    }

    [Fact]
    public void As_of_a_day_the_figures_are_those_of_that_day_and_a_period_is_released_in_it_and_remaining_at_its_end()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        using var today = Status(dir, "--by", "month");
        var months = today.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()!).ToList();
        string middle = months[months.Count / 2];
        string start = $"{middle}-01", end = $"{middle}-15", before = DateOnly.ParseExact(start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var asOf = Status(dir, "--as-of", end);
        var figures = asOf.RootElement.GetProperty("figures");
        Assert.Equal(end, asOf.RootElement.GetProperty("filter").GetProperty("asOf").GetString());
        Assert.Equal($"remaining on {end}", figures.GetProperty("remaining").GetString());
        Assert.Equal($"released up to {end}", figures.GetProperty("released").GetString());
        Assert.True(figures.GetProperty("conserved").GetBoolean());
        int hazards = Total(asOf).GetProperty("hazards").GetInt32();
        Assert.InRange(hazards, 1, Total(today).GetProperty("hazards").GetInt32() - 1);
        // As they stood that day: what was released by then and what remained then add up to the original area.
        Assert.InRange(Released(asOf) + M2(asOf, "remainingM2") - M2(asOf, "originalM2"), -0.01 * hazards, 0.01 * hazards);
        Assert.True(M2(asOf, "remainingM2") > 0 && Released(asOf) > 0);
        Assert.True(M2(asOf, "remainingLandM2") <= M2(asOf, "remainingM2"));
        Assert.Equal(M2(asOf, "remainingM2") - M2(asOf, "remainingLandM2"), M2(asOf, "countedTwiceM2"), 1e-6);
        var keys = figures.GetProperty("keys");
        Assert.StartsWith("records:", keys.GetProperty("remainingM2").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("land:", keys.GetProperty("remainingLandM2").GetString(), StringComparison.Ordinal);
        foreach (var key in new[] { "originalM2", "cancelledM2", "reducedM2", "clearedM2", "remainingM2", "remainingLandM2", "countedTwiceM2" })
            Assert.True(keys.TryGetProperty(key, out _), key);

        // A period: released in it (as of its end minus as of the day before it), remaining at its end.
        using var period = Status(dir, "--from", start, "--to", end);
        using var dayBefore = Status(dir, "--as-of", before);
        Assert.Equal($"released {start}..{end}", period.RootElement.GetProperty("figures").GetProperty("released").GetString());
        Assert.Equal($"remaining on {end}", period.RootElement.GetProperty("figures").GetProperty("remaining").GetString());
        Assert.False(period.RootElement.GetProperty("figures").GetProperty("conserved").GetBoolean());
        Assert.Equal(M2(asOf, "remainingM2"), M2(period, "remainingM2"), 1e-3);
        Assert.Equal(Released(asOf) - Released(dayBefore), Released(period), 1e-3);

        var text = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--from", start, "--to", end, "--by", "region");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains($"released {start}..{end}", text.Stdout, StringComparison.Ordinal);
        Assert.Contains($"remaining hazardous area on {end}", text.Stdout, StringComparison.Ordinal);
        Assert.Contains($"remaining hazardous land on {end} (union)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("land ha", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("records", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_with_a_period_is_a_usage_error()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "status", "--store", "nowhere.gpkg", "--as-of", "2024-05-01", "--from", "2024-04-01");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--as-of is one day", r.Stderr + r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_the_store_does_not_know_is_an_error_naming_close_matches_not_a_report_of_zeros()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var status = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--region", "Izium raion");
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("region 'Izium raion' is not in ", status.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Kharkiv oblast, Izium raion, Balakliia hromada'?", status.Stderr, StringComparison.Ordinal);
        // Case aside, a region a hazard carries is one, as the filter matches it.
        var known = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--region", "kharkiv oblast, izium raion, balakliia hromada");
        Assert.True(known.ExitCode == 0, known.ToString());
        // A known region with nothing in the period is zeros, as it should be.
        Assert.Equal(0, CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--region", "Kharkiv oblast, Izium raion, Balakliia hromada", "--from", "2000-01-01", "--to", "2000-12-31").ExitCode);

        foreach (var product in new[] { new[] { "monthly", "--month", "2026-04" }, ["treaty", "--year", "2026"] })
        {
            var file = product[0] == "monthly" ? "m.pdf" : "t.xlsx";
            var r = CliRun.Run(dir.Path, ["publish", .. product, "--region", "Nowhere", "--out", file, "--store", "demo.gpkg"]);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("region 'Nowhere' is not in ", r.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(dir.File(file)));
        }
    }
}
