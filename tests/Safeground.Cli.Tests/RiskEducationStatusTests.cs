using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary>status rolls up the demo's risk-education sessions by region, month and organisation, each split adding up.</summary>
public class RiskEducationStatusTests
{
    [Theory]
    [InlineData("region")]
    [InlineData("month")]
    [InlineData("organisation")]
    public void Sessions_and_beneficiaries_by_group_add_up_to_the_total_and_each_split_to_the_beneficiaries(string by)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", by);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var total = doc.RootElement.GetProperty("total").GetProperty("riskEducation");
        long sessions = total.GetProperty("sessions").GetInt64(), people = total.GetProperty("beneficiaries").GetInt64();
        Assert.InRange(sessions, 15, 60);
        Assert.True(people > sessions * 10, r.Stdout);
        Assert.Equal(people, total.GetProperty("bySex").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(people, total.GetProperty("byAge").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.True(total.GetProperty("byAge").GetProperty("child").GetInt64() > 0);
        Assert.InRange(total.GetProperty("withDisability").GetInt64(), 1, people - 1);

        var groups = doc.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("riskEducation")).ToList();
        Assert.Equal(sessions, groups.Sum(g => g.GetProperty("sessions").GetInt64()));
        Assert.Equal(people, groups.Sum(g => g.GetProperty("beneficiaries").GetInt64()));
        Assert.True(groups.Count(g => g.GetProperty("sessions").GetInt64() > 0) > 1, r.Stdout);

        var plain = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg");
        Assert.Contains($"{sessions} sessions reached", plain.Stdout, StringComparison.Ordinal);
    }
}
