using System.Globalization;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Status;
using Safeground.Server.Api;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>The server's roll-up cache over a real demo store of its own (it approves a report).</summary>
public sealed class RollupCacheTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public void A_rollup_is_computed_once_per_revision_and_again_after_an_approval()
    {
        var cache = new RollupCache();
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var whole = cache.Get(store, StatusGrouping.None, StatusFilter.None);
        Assert.Same(whole, cache.Get(store, StatusGrouping.None, StatusFilter.None));
        var byMonth = cache.Get(store, StatusGrouping.Month, StatusFilter.None);
        Assert.NotSame(whole, byMonth);
        Assert.Same(byMonth, cache.Get(store, StatusGrouping.Month, StatusFilter.None));
        // Asked together, the cached grouping is reused and the missing one computed.
        var together = cache.Get(store, [StatusGrouping.Month, StatusGrouping.Team], StatusFilter.None);
        Assert.Same(byMonth, together[0]);
        Assert.Same(together[1], cache.Get(store, StatusGrouping.Team, StatusFilter.None));

        // An approved clearance: the next roll-up is computed again and has the new cleared area.
        var h = store.Hazards().First(x => x.Status == HazardStatus.Open && x.Releases.Count == 0);
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
        var report = ReportJson.Deserialize($$"""
            { "id": "R-CACHE-1", "hazardId": "{{h.HazardId}}", "organisationId": "{{h.OrganisationId}}", "dateOfInformation": "2026-11-20",
              "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "team.lead",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] } }
            """);
        var lifecycle = new ReportLifecycle(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store));
        lifecycle.Submit(report);
        lifecycle.Approve("R-CACHE-1", TestDeciders.DataManager);
        var after = cache.Get(store, StatusGrouping.None, StatusFilter.None);
        Assert.NotSame(whole, after);
        Assert.True(after.Total.ClearedM2 > whole.Total.ClearedM2 + 100);
        Assert.Equal(StatusReport.Compute(store, StatusGrouping.None).Total.ClearedM2, after.Total.ClearedM2);
    }
}
