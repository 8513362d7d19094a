using System.Globalization;
using System.Net;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>The tile cache against an approval, on a server of its own (this test writes).</summary>
public class TileApprovalTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task Approving_a_report_changes_the_tiles_at_once()
    {
        string hazard, org, half;
        double lon, lat;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.RemainingM2 > 5_000).First();
            var e = h.Remaining.EnvelopeInternal;
            double mid = (e.MinX + e.MaxX) / 2;
            half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
            (hazard, org, lon, lat) = (h.HazardId, h.OrganisationId, h.Remaining.InteriorPoint.X, h.Remaining.InteriorPoint.Y);
        }
        var t = TileTests.TileOf(lon, lat, 14);
        var hazardsBefore = await TileTests.Fetch(server.Client, $"/tiles/hazards/{t}.mvt");
        var releasedBefore = await TileTests.Tile(server.Client, $"/tiles/released/{t}.mvt");
        Assert.DoesNotContain(releasedBefore.SelectMany(l => l.Features), f => (string)f.Attributes["report_id"] == "R-TILE-1");
        var before = Assert.Single(MvtReader.Read(hazardsBefore.Body)).Features.Single(f => (string)f.Attributes["hazard_id"] == hazard);

        // Submitted by the admin, approved by data.manager: nobody approves their own report.
        var (submitted, _) = await Api.Post(server.ClientFor("admin"), "/api/v1/reports", $$"""
            { "id": "R-TILE-1", "hazardId": "{{hazard}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] } }
            """);
        Assert.Equal(HttpStatusCode.Created, submitted);
        // Submitted is not approved: the tile shows the same hazard (fetched again, through the cache).
        var stillOpen = Assert.Single(await TileTests.Tile(server.Client, $"/tiles/hazards/{t}.mvt")).Features.Single(f => (string)f.Attributes["hazard_id"] == hazard);
        Assert.Equal("open", stillOpen.Attributes["status"]);

        var (approved, _) = await Api.Post(server.Client, "/api/v1/reports/R-TILE-1/approve", """{ "by": "data.manager" }""");
        Assert.Equal(HttpStatusCode.OK, approved);

        var hazardsAfter = await TileTests.Fetch(server.Client, $"/tiles/hazards/{t}.mvt");
        Assert.NotEqual(hazardsBefore.Response.Headers.ETag, hazardsAfter.Response.Headers.ETag);
        var after = Assert.Single(MvtReader.Read(hazardsAfter.Body)).Features.Single(f => (string)f.Attributes["hazard_id"] == hazard);
        Assert.Equal("in-progress", after.Attributes["status"]);
        Assert.True((double)after.Attributes["remaining_m2"] < (double)before.Attributes["remaining_m2"] - 1_000);
        var released = Assert.Single(await TileTests.Tile(server.Client, $"/tiles/released/{t}.mvt"));
        var r = Assert.Single(released.Features, f => (string)f.Attributes["report_id"] == "R-TILE-1");
        Assert.Equal("cleared", r.Attributes["method"]);
        Assert.Equal(hazard, r.Attributes["hazard_id"]);
    }
}
