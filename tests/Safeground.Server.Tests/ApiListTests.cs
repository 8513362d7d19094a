using System.Globalization;
using System.Text.Json;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>The read side of /api/v1 over the demo store: lists with their filters and paging equal what the store holds.</summary>
public class ApiListTests(DemoServer server) : IClassFixture<DemoServer>
{
    private GeoPackageStore Store() => GeoPackageStore.Open(server.StorePath, create: false);

    [Fact]
    public async Task Reports_page_by_next_links_to_the_end_and_count_what_the_store_holds()
    {
        using var store = Store();
        var approved = store.Reports(ReportStatus.Approved).Select(r => r.Report.Id).ToList();
        var listed = await Api.All(server.Client, "/api/v1/reports?status=approved&limit=997");
        Assert.Equal(approved, listed.Select(r => r.GetProperty("id").GetString()));
        Assert.All(listed.Take(50), r => Assert.Equal("approved", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Reports_filter_by_organisation_hazard_and_date()
    {
        using var store = Store();
        var all = store.Reports().ToList();
        var org = all[0].Report.OrganisationId;
        var from = new DateOnly(2023, 1, 1);
        var to = new DateOnly(2023, 6, 30);
        var expected = all.Where(r => r.Report.OrganisationId == org && r.Report.DateOfInformation >= from && r.Report.DateOfInformation <= to).ToList();
        var page = await Api.GetOk(server.Client, $"/api/v1/reports?organisation={org}&from=2023-01-01&to=2023-06-30&limit=10000");
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt64());
        Assert.Equal(expected.Select(r => r.Report.Id), page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        var hazard = all.First(r => r.Report.HazardId is not null).Report.HazardId!;
        var ofHazard = await Api.GetOk(server.Client, $"/api/v1/reports?hazard={hazard}");
        Assert.Equal(store.ReportsOfHazard(hazard).Select(r => r.Report.Id), ofHazard.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var viaHazard = await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}/reports");
        Assert.Equal(ofHazard.GetProperty("total").GetInt64(), viaHazard.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_report_shows_its_payload_status_and_history()
    {
        using var store = Store();
        var record = store.Reports(ReportStatus.Approved).First();
        var shown = await Api.GetOk(server.Client, $"/api/v1/reports/{record.Report.Id}");
        Assert.Equal(record.Report.Id, shown.GetProperty("report").GetProperty("id").GetString());
        Assert.Equal("approved", shown.GetProperty("status").GetString());
        Assert.Equal(store.History(record.Report.Id).Count, shown.GetProperty("history").GetArrayLength());
        // The payload is the report JSON it was submitted in: it reads back as a report.
        Assert.Equal(record.Report.Id, ReportJson.Deserialize(shown.GetProperty("report").GetRawText()).Id);
    }

    [Fact]
    public async Task Hazards_filter_by_status_class_organisation_region_and_bbox()
    {
        using var store = Store();
        var hazards = store.Hazards().ToList();
        var open = await Api.All(server.Client, "/api/v1/hazards?status=open&class=cha&limit=500");
        Assert.Equal(hazards.Where(h => h.Status == HazardStatus.Open && h.Class == HazardClass.Cha).Select(h => h.HazardId), open.Select(h => h.GetProperty("id").GetString()));

        var sample = hazards.First(h => h.Region is not null && !h.Remaining.IsEmpty);
        var page = await Api.GetOk(server.Client, $"/api/v1/hazards?organisation={sample.OrganisationId}&region={Uri.EscapeDataString(sample.Region!)}&limit=10000");
        Assert.Equal(hazards.Count(h => h.OrganisationId == sample.OrganisationId && h.Region == sample.Region), page.GetProperty("total").GetInt64());

        var e = sample.Remaining.EnvelopeInternal;
        var box = string.Create(CultureInfo.InvariantCulture, $"{e.MinX},{e.MinY},{e.MaxX},{e.MaxY}");
        var inBox = await Api.GetOk(server.Client, $"/api/v1/hazards?bbox={box}&limit=10000");
        Assert.Equal(store.HazardsIntersecting(e).Select(h => h.HazardId), inBox.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Contains(sample.HazardId, inBox.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_hazard_shows_its_state_with_geojson_geometry_and_its_timeline()
    {
        using var store = Store();
        var h = store.Hazards().First(x => x.Releases.Count > 0);
        var shown = await Api.GetOk(server.Client, $"/api/v1/hazards/{h.HazardId}");
        Assert.Equal(h.RemainingM2, shown.GetProperty("areas").GetProperty("remainingM2").GetDouble());
        Assert.Equal(h.Releases.Count, shown.GetProperty("releases").GetArrayLength());
        Assert.Equal(h.Evidence.Count, shown.GetProperty("evidence").GetArrayLength());
        Assert.Equal(h.RuleFlags.Count, shown.GetProperty("flags").GetArrayLength());
        if (!h.Remaining.IsEmpty) Assert.StartsWith("Multi", shown.GetProperty("geometry").GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, shown.GetProperty("original").GetProperty("coordinates").ValueKind);

        var timeline = await Api.GetOk(server.Client, $"/api/v1/hazards/{h.HazardId}/timeline");
        var points = timeline.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(Core.Rollups.HazardTimeline.Of(store, h.HazardId, Safeground.Core.Rules.StoredProgramme.Of(store)).Count, points.Count);
        Assert.Equal(h.RemainingM2, points[^1].GetProperty("remainingM2").GetDouble(), 3);
    }

    [Fact]
    public async Task Finds_page_and_filter_by_category_date_and_bbox()
    {
        using var store = Store();
        var finds = store.Finds().ToList();
        var listed = await Api.All(server.Client, "/api/v1/finds?category=ap-mine&limit=10000");
        Assert.Equal(finds.Count(f => f.Find.Category == Core.Ordnance.EoCategory.ApMine), listed.Count);
        var first = finds[0];
        var p = first.Find.Position;
        var box = string.Create(CultureInfo.InvariantCulture, $"{p.X - 0.001},{p.Y - 0.001},{p.X + 0.001},{p.Y + 0.001}");
        var date = first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var near = await Api.GetOk(server.Client, $"/api/v1/finds?bbox={box}&from={date}&to={date}");
        var expected = finds.Count(f => f.Date == first.Date && Math.Abs(f.Find.Position.X - p.X) <= 0.001 && Math.Abs(f.Find.Position.Y - p.Y) <= 0.001);
        Assert.Equal(expected, near.GetProperty("total").GetInt64());
        var item = near.GetProperty("items")[0];
        Assert.Equal("Point", item.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Accidents_serve_victims_as_counts_never_names_birth_dates_or_addresses()
    {
        using var store = Store();
        var accidents = store.Accidents().ToList();
        Assert.Contains(accidents, a => a.Accident.Victims.Any(v => v.Name is not null));
        using var response = await server.Client.GetAsync(new Uri("/api/v1/accidents?limit=10000", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var page = JsonDocument.Parse(text).RootElement;
        Assert.Equal(accidents.Count, page.GetProperty("total").GetInt64());
        foreach (var v in accidents.SelectMany(a => a.Accident.Victims))
        {
            if (v.Name is { Length: > 3 } name) Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            if (v.Address is { Length: > 3 } address) Assert.DoesNotContain(address, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("dateOfBirth", text, StringComparison.Ordinal);
        var killed = page.GetProperty("items").EnumerateArray().Sum(a => a.GetProperty("victims").GetProperty("byOutcome").GetProperty("killed").GetInt32());
        Assert.Equal(accidents.Sum(a => a.Accident.Victims.Count(v => v.Outcome == Core.Accidents.VictimOutcome.Killed)), killed);

        // Nor does the accident report itself, to a viewer (data managers see them: AccessTests).
        var named = accidents.First(a => a.Accident.Victims.Any(v => v.Name is { Length: > 3 }));
        using var shown = await server.ClientFor("viewer").GetAsync(new Uri($"/api/v1/reports/{named.ReportId}", UriKind.Relative));
        var report = await shown.Content.ReadAsStringAsync();
        Assert.Contains("victims", report, StringComparison.Ordinal);
        foreach (var v in named.Accident.Victims)
            if (v.Name is { Length: > 3 } name) Assert.DoesNotContain(name, report, StringComparison.Ordinal);
        Assert.DoesNotContain("dateOfBirth", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisations_teams_and_deployments_are_listed()
    {
        using var store = Store();
        Assert.Equal(store.Organisations().Count, (await Api.GetOk(server.Client, "/api/v1/organisations")).GetProperty("total").GetInt64());
        Assert.Equal(store.Teams().Count, (await Api.All(server.Client, "/api/v1/teams?limit=7")).Count);
        Assert.Equal(store.Deployments().Count, (await Api.All(server.Client, "/api/v1/deployments?limit=50")).Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("region")]
    [InlineData("organisation")]
    [InlineData("team")]
    [InlineData("deployment")]
    [InlineData("month")]
    public async Task Rollups_equal_the_status_report_of_the_same_store(string? by)
    {
        using var store = Store();
        var grouping = by switch
        {
            "region" => Core.Status.StatusGrouping.Region,
            "organisation" => Core.Status.StatusGrouping.Organisation,
            "team" => Core.Status.StatusGrouping.Team,
            "deployment" => Core.Status.StatusGrouping.Deployment,
            "month" => Core.Status.StatusGrouping.Month,
            _ => Core.Status.StatusGrouping.None,
        };
        var expected = Core.Status.StatusReport.Compute(store, grouping);
        var rollup = await Api.GetOk(server.Client, "/api/v1/rollups" + (by is null ? "" : "?by=" + by));
        var total = rollup.GetProperty("total");
        Assert.Equal(expected.Total.Hazards, total.GetProperty("hazards").GetInt32());
        Assert.Equal(expected.Total.ClearedM2, total.GetProperty("clearedM2").GetDouble());
        Assert.Equal(expected.Total.RemainingM2, total.GetProperty("remainingM2").GetDouble());
        Assert.Equal(expected.Total.Finds, total.GetProperty("finds").GetInt64());
        Assert.Equal(expected.Total.Killed, total.GetProperty("killed").GetInt32());
        Assert.Equal(expected.Groups.Select(g => (g.Key, g.CancelledM2, g.Hazards)),
            rollup.GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("key").GetString()!, g.GetProperty("cancelledM2").GetDouble(), g.GetProperty("hazards").GetInt32())));
    }

    [Fact]
    public async Task Checks_list_the_findings_of_the_store_check()
    {
        using var store = Store();
        var expected = new Core.Checks.StoreCheck(Core.Rules.ProgrammeRules.Default, TimeProvider.System).Run(store).Count(f => f.Severity >= Core.Rules.Severity.Warning);
        var checks = await Api.GetOk(server.Client, "/api/v1/checks?minSeverity=warning");
        Assert.Equal(expected, checks.GetProperty("findings").GetArrayLength());
        Assert.Equal(expected, checks.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Fact]
    public async Task A_claim_is_assessed_figure_by_figure()
    {
        var (status, body) = await Api.Post(server.Client, "/api/v1/checks/claim", """{ "devices": 20000, "area": "150 ha", "days": 60, "people": 200 }""");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal(150 * 10_000, body.GetProperty("claim").GetProperty("areaM2").GetDouble());
        Assert.True(body.GetProperty("figures").GetArrayLength() > 0);
        Assert.NotNull(body.GetProperty("verdict").GetString());
    }
}
