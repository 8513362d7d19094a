using System.Text.Json;

namespace Safeground.Cli.Tests;

public class QcPlanTests
{
    [Fact]
    public void Qc_plan_prints_the_ISO_2859_sample_for_a_lot_or_a_hazards_released_land()
    {
        using var dir = new TempDir();
        var lot = CliRun.Run(dir.Path, "qc", "plan", "--lot-m2", "2500");
        Assert.True(lot.ExitCode == 0, lot.ToString());
        Assert.Contains("Lot: 2,500 m² of released land", lot.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sample: 125 m² to search again (code letter K); accept the lot with 0 finds", lot.Stdout, StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var status = CliRun.Run(dir.Path, "status", "--json", "--store", "demo.gpkg");
        using (var doc = JsonDocument.Parse(status.Stdout))
            Assert.True(doc.RootElement.GetProperty("total").GetProperty("reopenedM2").GetDouble() > 0, "the demo's failed QC sample reopens land");
        var hazard = CliRun.Run(dir.Path, "qc", "plan", "--hazard", "HA-KH-0001", "--store", "demo.gpkg", "--json");
        Assert.True(hazard.ExitCode is 0 or 1, hazard.ToString());
        if (hazard.ExitCode == 0)
        {
            using var plan = JsonDocument.Parse(hazard.Stdout);
            Assert.Equal("HA-KH-0001", plan.RootElement.GetProperty("hazardId").GetString());
            Assert.Equal(0, plan.RootElement.GetProperty("acceptanceNumber").GetInt32());
        }
        else Assert.Contains("has released no land", hazard.Stderr, StringComparison.Ordinal);

        var neither = CliRun.Run(dir.Path, "qc", "plan");
        Assert.NotEqual(0, neither.ExitCode);
        Assert.Contains("give either --hazard or --lot-m2", neither.Stderr, StringComparison.Ordinal);
        var missing = CliRun.Run(dir.Path, "qc", "plan", "--hazard", "HA-NONE", "--store", "demo.gpkg");
        Assert.Contains("no hazard HA-NONE", missing.Stderr, StringComparison.Ordinal);
    }
}
