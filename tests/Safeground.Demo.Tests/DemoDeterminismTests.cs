using Safeground.Demo;
using Safeground.Core.Reports;

namespace Safeground.Demo.Tests;

public class DemoDeterminismTests
{
    private static List<string> Json(DemoData d, int hazards, int others) =>
        d.HazardReports.Take(hazards).SelectMany(h => h).Concat(d.OtherReports.Take(others)).Select(ReportJson.Serialize).ToList();

    [Fact]
    public void Operation_same_seed_gives_byte_identical_reports()
    {
        var a = Json(DemoOperation.Generate(DemoScale.Operation), int.MaxValue, int.MaxValue);
        var b = Json(DemoOperation.Generate(DemoScale.Operation), int.MaxValue, int.MaxValue);
        Assert.True(a.Count > 500);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Operation_sequences_enumerate_twice_identically()
    {
        var d = DemoOperation.Generate(DemoScale.Operation);
        Assert.Equal(Json(d, int.MaxValue, int.MaxValue), Json(d, int.MaxValue, int.MaxValue));
    }

    [Fact]
    public void Operation_seed_and_start_change_the_data()
    {
        var a = Json(DemoOperation.Generate(DemoScale.Operation), 20, 10);
        Assert.NotEqual(a, Json(DemoOperation.Generate(DemoScale.Operation, seed: 7), 20, 10));
        var moved = DemoOperation.Generate(DemoScale.Operation, start: new DateOnly(2027, 4, 5));
        Assert.Equal(new DateOnly(2027, 4, 5), moved.HazardReports.SelectMany(h => h).Min(r => r.DateOfInformation));
    }

    [Fact]
    public void National_first_2000_hazards_are_byte_identical()
    {
        var a = Json(DemoOperation.Generate(DemoScale.National), 2_000, 2_000);
        var b = Json(DemoOperation.Generate(DemoScale.National), 2_000, 2_000);
        Assert.True(a.Count > 6_000);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Report_ids_are_unique_and_readable()
    {
        var d = DemoOperation.Generate(DemoScale.National);
        var ids = d.HazardReports.Take(2_000).SelectMany(h => h).Concat(d.OtherReports.Take(2_000)).Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(@"^R-\d{4}-\d{6,}$", id));
        var hazards = d.HazardReports.Take(2_000).Select(h => h[0].HazardId!).ToList();
        Assert.Equal(hazards.Count, hazards.Distinct(StringComparer.Ordinal).Count());
        Assert.All(hazards, id => Assert.Matches(@"^HA-[A-Z]{2}-\d{6}$", id));
    }
}
