using System.Net;
using System.Text.Json;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Storage.Contract;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// <c>serve</c> runs on the rules the store holds, read per request: rules set while it runs (as <c>safeground rules set</c>
/// does, from another connection) decide the next submission, and <c>GET /api/v1/rules</c> says which they are. The API path
/// of the rebuild property: random report sequences submitted and decided over HTTP under stored non-default rules.
/// </summary>
public sealed class StoredRulesServerTests : IAsyncLifetime
{
    private static readonly User Admin = new("admin", "Admin", Role.Admin, null, false, DateTimeOffset.UnixEpoch);
    private readonly DemoServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_server_holds_reports_to_the_stored_rules_and_takes_a_change_made_while_it_runs()
    {
        var before = await Api.GetOk(_server.Client, "/api/v1/rules");
        Assert.True(before.GetProperty("builtInDefault").GetBoolean());
        Assert.Equal("built-in default, never set", before.GetProperty("source").GetString());

        // A completion of a small part of an open hazard: it leaves area, which the default refuses.
        HazardState hazard;
        using (var store = GeoPackageStore.Open(_server.StorePath, create: false))
            hazard = store.Hazards().First(h => h.Status == HazardStatus.Open && h.RemainingM2 > 20_000
                && h.LastReportOn < DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        var p = hazard.Remaining.InteriorPoint;
        var square = Geo.Factory.CreatePolygon([new(p.X, p.Y), new(p.X + 0.0002, p.Y), new(p.X + 0.0002, p.Y + 0.0002), new(p.X, p.Y + 0.0002), new(p.X, p.Y)]);
        Report Completion(string id) => new(id, hazard.HazardId, hazard.OrganisationId, null, null, hazard.LastReportOn.AddDays(1),
            DateTimeOffset.UtcNow, "data.manager", new Completion(square, 13, []));

        var (refused, why) = await Api.Post(_server.Client, "/api/v1/reports", ReportJson.Serialize(Completion("R-RULES-1")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Contains("hazardous", why.ToString(), StringComparison.OrdinalIgnoreCase);

        using (var store = GeoPackageStore.Open(_server.StorePath, create: false))
            new RulesChange(store, TimeProvider.System).Set(StoreContractTests.LenientRules, "lenient.json", Admin, "while serving");

        var after = await Api.GetOk(_server.Client, "/api/v1/rules");
        Assert.False(after.GetProperty("builtInDefault").GetBoolean());
        Assert.Equal(1, after.GetProperty("version").GetInt32());
        Assert.Equal("lenient", after.GetProperty("programme").GetString());
        Assert.Equal("admin", after.GetProperty("setBy").GetString());
        Assert.True(after.GetProperty("rules").GetProperty("completion-leaves-area").GetProperty("changed").GetBoolean());

        var (accepted, body) = await Api.Post(_server.Client, "/api/v1/reports", ReportJson.Serialize(Completion("R-RULES-2")));
        Assert.True(accepted == HttpStatusCode.Created, $"{accepted}: {body}");
    }

    [Fact]
    public async Task Random_sequences_through_the_api_rebuild_to_the_incremental_state()
    {
        using (var store = GeoPackageStore.Open(_server.StorePath, create: false))
        {
            using (var tx = store.BeginWrite())
            {
                tx.Put(RandomLedger.Organisation);
                tx.Put(RandomLedger.TeamOf);
                tx.Commit();
            }
            new RulesChange(store, TimeProvider.System).Set(RandomLedger.Rules, "property.json", Admin, null);
        }
        var approver = _server.ClientFor("admin"); // four eyes: data.manager submits, admin decides
        int cases = 0;
        for (int seed = 501; seed <= 506; seed++)
        {
            // Far from the demo's hazards, one place per case.
            foreach (var step in RandomLedger.Case(seed, hazards: 2, steps: 8))
            {
                var report = Moved(step.Report, seed) with { SubmittedBy = "data.manager" };
                var (submitted, _) = await Api.Post(_server.Client, "/api/v1/reports", ReportJson.Serialize(report));
                if (submitted != HttpStatusCode.Created) continue;
                if (step.Decision == RandomLedger.Decision.Approve)
                    await Api.Post(approver, $"/api/v1/reports/{report.Id}/approve", "{}");
                else if (step.Decision == RandomLedger.Decision.Reject)
                    await Api.Post(approver, $"/api/v1/reports/{report.Id}/reject", """{ "reason": "not this time" }""");
            }
            cases++;
        }
        using var check = GeoPackageStore.Open(_server.StorePath, create: false);
        var ids = Enumerable.Range(501, cases).SelectMany(s => new[] { RandomLedger.HazardId(0), RandomLedger.HazardId(1) }.Select(h => $"{h}-{s}")).ToHashSet(StringComparer.Ordinal);
        var rebuilt = ProjectionRebuild.Hazards(check, StoredProgramme.Of(check)).Where(h => ids.Contains(h.HazardId));
        var stored = check.Hazards().Where(h => ids.Contains(h.HazardId)).ToList();
        Assert.NotEmpty(stored);
        StoreComparison.AssertSameHazards(rebuilt, stored);
    }

    // The case's reports on hazards of their own, moved south-west of the demo so no release reaches a demo hazard.
    private static Report Moved(Report r, int seed)
    {
        double dx = -4.0 + (seed - 500) * 0.02, dy = -4.0;
        var move = new NetTopologySuite.Geometries.Utilities.AffineTransformation().Translate(dx, dy);
        NetTopologySuite.Geometries.Geometry? M(NetTopologySuite.Geometries.Geometry? g)
        {
            if (g is null) return null;
            var t = move.Transform(g);
            t.SRID = g.SRID;
            return t;
        }
        var findsMoved = (IReadOnlyList<Core.Ordnance.EoFind> fs) => fs.Select(f => f with { Position = (NetTopologySuite.Geometries.Point)M(f.Position)! }).ToList();
        ReportBody body = r.Body switch
        {
            NonTechnicalSurvey n => n with { Perimeter = M(n.Perimeter), Cancelled = M(n.Cancelled) },
            TechnicalSurvey t => t with { Reduced = M(t.Reduced), Finds = findsMoved(t.Finds) },
            ClearanceProgress c => c with { AreaWorked = M(c.AreaWorked), Finds = findsMoved(c.Finds) },
            Completion c => c with { Cleared = M(c.Cleared)!, Finds = findsMoved(c.Finds) },
            _ => r.Body,
        };
        return r with { Id = $"{r.Id}-api", HazardId = $"{r.HazardId}-{seed}", Body = body };
    }
}
