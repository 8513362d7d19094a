using System.Net;
using Safeground.Core.Status;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary><c>/api/v1/rollups?region=&amp;organisation=&amp;from=&amp;to=</c>: the core's filtered roll-up, echoed; bad values are 400s naming the parameter.</summary>
public sealed class RollupFilterApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task Several_groupings_in_one_pass_are_each_the_single_roll_up()
    {
        var viewer = server.ClientFor("viewer");
        var many = await Api.GetOk(viewer, $"/api/v1/rollups?by=region,month,team&organisation={DemoServer.OrgA}");
        var groupings = many.GetProperty("groupings").EnumerateArray().ToList();
        Assert.Equal(["region", "month", "team"], groupings.Select(g => g.GetProperty("groupedBy").GetString()));
        var whole = await Api.GetOk(viewer, $"/api/v1/rollups?organisation={DemoServer.OrgA}");
        Assert.Equal(whole.GetProperty("total").GetRawText(), many.GetProperty("total").GetRawText());
        // Each grouping equals the core's roll-up of that grouping alone (computed here, not by the server's cache).
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var filter = new StatusFilter(Organisation: DemoServer.OrgA);
            foreach (var (g, grouping) in groupings.Zip(new[] { StatusGrouping.Region, StatusGrouping.Month, StatusGrouping.Team }))
            {
                var alone = StatusReport.Compute(store, grouping, filter, Safeground.Core.Rules.StoredProgramme.Of(store));
                var served = g.GetProperty("groups").EnumerateArray().ToList();
                Assert.Equal(alone.Groups.Select(l => l.Key), served.Select(l => l.GetProperty("key").GetString()));
                Assert.Equal(alone.Groups.Select(l => l.ClearedM2), served.Select(l => l.GetProperty("clearedM2").GetDouble()));
                Assert.Equal(alone.Groups.Select(l => l.RemainingM2), served.Select(l => l.GetProperty("remainingM2").GetDouble()));
                Assert.Equal(alone.Groups.Select(l => l.Finds), served.Select(l => l.GetProperty("finds").GetInt64()));
            }
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get(viewer, "/api/v1/rollups?by=month,month")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get(viewer, "/api/v1/rollups?by=month,week")).Status);
    }

    [Fact]
    public async Task A_filtered_roll_up_is_the_core_figures_and_echoes_its_filter()
    {
        StatusReport expected, whole;
        StatusFilter filter;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            // The first half of the demo's history, whenever the demo sets it.
            var days = store.Hazards().Select(h => h.CreatedOn).Order().ToList();
            filter = new StatusFilter(Organisation: DemoServer.OrgA, From: days[0], To: days[days.Count / 2]);
            expected = StatusReport.Compute(store, StatusGrouping.Month, filter, Safeground.Core.Rules.StoredProgramme.Of(store));
            whole = StatusReport.Compute(store, StatusGrouping.None);
        }
        var rollup = await Api.GetOk(server.ClientFor("viewer"), $"/api/v1/rollups?by=month&organisation={DemoServer.OrgA}&from={Day(filter.From)}&to={Day(filter.To)}&region=");
        var echo = rollup.GetProperty("filter");
        Assert.Equal(DemoServer.OrgA, echo.GetProperty("organisation").GetString());
        Assert.Equal(Day(filter.From), echo.GetProperty("from").GetString());
        Assert.Equal(Day(filter.To), echo.GetProperty("to").GetString());
        Assert.False(echo.TryGetProperty("region", out var none) && none.ValueKind != System.Text.Json.JsonValueKind.Null, "an empty region is no restriction");
        var total = rollup.GetProperty("total");
        Assert.Equal(expected.Total.Hazards, total.GetProperty("hazards").GetInt32());
        Assert.Equal(expected.Total.ClearedM2, total.GetProperty("clearedM2").GetDouble());
        Assert.Equal(expected.Total.RemainingM2, total.GetProperty("remainingM2").GetDouble());
        Assert.Equal(expected.Total.Finds, total.GetProperty("finds").GetInt64());
        Assert.Equal(expected.Total.Accidents, total.GetProperty("accidents").GetInt32());
        Assert.True(expected.Total.Hazards < whole.Total.Hazards, "the filter leaves something out");
        Assert.True(expected.Total.Hazards > 0, "the filter keeps something");
        Assert.All(rollup.GetProperty("groups").EnumerateArray(), g => Assert.InRange(g.GetProperty("key").GetString()!, Day(filter.From)[..7], Day(filter.To)[..7]));

        var region = (await Api.GetOk(server.ClientFor("viewer"), "/api/v1/hazards?limit=1")).GetProperty("items")[0].GetProperty("region").GetString()!;
        var byRegion = await Api.GetOk(server.ClientFor("viewer"), "/api/v1/rollups?region=" + Uri.EscapeDataString(region));
        Assert.Equal(region, byRegion.GetProperty("filter").GetProperty("region").GetString());
        Assert.InRange(byRegion.GetProperty("total").GetProperty("hazards").GetInt32(), 1, whole.Total.Hazards - 1);
    }

    [Fact]
    public async Task Every_region_the_dashboard_offers_keeps_hazards()
    {
        // The dashboard lists the keys of the roll-up by region (boundary names in the demo); filtering
        // goes by the name a hazard carries: the two must be the same names, or a choice would show nothing.
        var viewer = server.ClientFor("viewer");
        var byRegion = await Api.GetOk(viewer, "/api/v1/rollups?by=region");
        var offered = byRegion.GetProperty("groups").EnumerateArray()
            .Where(g => g.GetProperty("hazards").GetInt32() > 0)
            .Select(g => g.GetProperty("key").GetString()!).Where(k => !k.StartsWith('(')).ToList();
        Assert.True(offered.Count > 1);
        foreach (var region in offered)
        {
            var one = await Api.GetOk(viewer, "/api/v1/rollups?region=" + Uri.EscapeDataString(region));
            Assert.True(one.GetProperty("total").GetProperty("hazards").GetInt32() > 0, $"region {region} keeps no hazard");
        }
    }

    [Fact]
    public async Task As_of_a_day_the_roll_up_is_the_figures_of_that_day_and_says_so()
    {
        StatusReport expected, today;
        DateOnly day;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var days = store.Hazards().Select(h => h.CreatedOn).Order().ToList();
            day = days[days.Count / 2];
            expected = StatusReport.Compute(store, StatusGrouping.None, StatusFilter.AsOfDay(day), Safeground.Core.Rules.StoredProgramme.Of(store));
            today = StatusReport.Compute(store, StatusGrouping.None);
        }
        var viewer = server.ClientFor("viewer");
        var rollup = await Api.GetOk(viewer, $"/api/v1/rollups?asOf={Day(day)}");
        Assert.Equal(Day(day), rollup.GetProperty("filter").GetProperty("asOf").GetString());
        var figures = rollup.GetProperty("figures");
        Assert.Equal($"remaining on {Day(day)}", figures.GetProperty("remaining").GetString());
        Assert.Equal($"released up to {Day(day)}", figures.GetProperty("released").GetString());
        Assert.StartsWith("land:", figures.GetProperty("keys").GetProperty("remainingLandM2").GetString(), StringComparison.Ordinal);
        var total = rollup.GetProperty("total");
        Assert.Equal(expected.Total.Hazards, total.GetProperty("hazards").GetInt32());
        Assert.Equal(expected.Total.RemainingM2, total.GetProperty("remainingM2").GetDouble());
        Assert.Equal(expected.Total.RemainingLandM2, total.GetProperty("remainingLandM2").GetDouble());
        Assert.Equal(expected.Total.ClearedM2, total.GetProperty("clearedM2").GetDouble());
        double released = total.GetProperty("cancelledM2").GetDouble() + total.GetProperty("reducedM2").GetDouble() + total.GetProperty("clearedM2").GetDouble();
        Assert.InRange(released + total.GetProperty("remainingM2").GetDouble() - total.GetProperty("originalM2").GetDouble(), -0.01 * expected.Total.Hazards, 0.01 * expected.Total.Hazards);
        Assert.True(expected.Total.Hazards < today.Total.Hazards && expected.Total.ReleasedM2 < today.Total.ReleasedM2);

        // A period's end is its as-of day: the same remaining figures, only the releases since its start.
        var period = await Api.GetOk(viewer, $"/api/v1/rollups?from={Day(day.AddDays(-30))}&to={Day(day)}");
        Assert.Equal(expected.Total.RemainingM2, period.GetProperty("total").GetProperty("remainingM2").GetDouble());
        Assert.Equal($"released {Day(day.AddDays(-30))}..{Day(day)}", period.GetProperty("figures").GetProperty("released").GetString());
    }

    [Fact]
    public async Task By_contamination_type_the_groups_are_the_stated_types_and_add_up_to_the_total_as_of_a_day_too()
    {
        var viewer = server.ClientFor("viewer");
        var byType = await Api.GetOk(viewer, "/api/v1/rollups?by=type");
        Assert.Equal("contamination-type", byType.GetProperty("groupedBy").GetString());
        Assert.Equal(byType.GetProperty("groups").ToString(), (await Api.GetOk(viewer, "/api/v1/rollups?by=contamination")).GetProperty("groups").ToString());
        DateOnly day;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false)) day = store.Hazards().Min(h => h.LastReportOn).AddDays(30);
        foreach (var rollup in new[] { byType, await Api.GetOk(viewer, $"/api/v1/rollups?by=type&asOf={Day(day)}"), await Api.GetOk(viewer, $"/api/v1/rollups?by=type,month&from={Day(day)}") })
        {
            var total = rollup.GetProperty("total");
            var groups = rollup.TryGetProperty("groupings", out var several) && several.ValueKind == System.Text.Json.JsonValueKind.Array
                ? several[0].GetProperty("groups").EnumerateArray().ToList()
                : rollup.GetProperty("groups").EnumerateArray().ToList();
            Assert.All(groups, g => Assert.Contains(g.GetProperty("key").GetString(), new[] { "anti-personnel-mines", "anti-vehicle-mines", "cluster-munitions", "improvised-mines", "other-erw", "not-stated", "(none)" }));
            foreach (var field in new[] { "originalM2", "cancelledM2", "reducedM2", "clearedM2", "remainingM2" })
                Assert.True(Math.Abs(total.GetProperty(field).GetDouble() - groups.Sum(g => g.GetProperty(field).GetDouble())) < 1, field);
            Assert.Equal(total.GetProperty("hazards").GetInt32(), groups.Sum(g => g.GetProperty("hazards").GetInt32()));
        }
    }

    private static string Day(DateOnly? d) => d!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("/api/v1/rollups?from=2024-02-30", "from")]
    [InlineData("/api/v1/rollups?to=01.02.2024", "to")]
    [InlineData("/api/v1/rollups?from=2024-05-01&to=2024-04-30", "from, to")]
    [InlineData("/api/v1/rollups?asOf=2024-13-01", "asOf")]
    [InlineData("/api/v1/rollups?asOf=2024-05-01&to=2024-05-31", "asOf")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter(string path, string parameter)
    {
        var (status, body) = await Api.Get(server.ClientFor("viewer"), path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(parameter + ":", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
