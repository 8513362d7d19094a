using System.Text.Json;
using Safeground.Core;
using Safeground.Core.Kits;
using Safeground.Core.Projections;
using Safeground.Core.Reports;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// <see cref="FieldKit"/> and <see cref="KitFile"/> on the demo operation in real GeoPackages: a kit holds
/// exactly its region's hazards, in the same state as the source, with the same reports and histories.
/// </summary>
public sealed class FieldKitTests(FieldKitFixture demo) : IClassFixture<FieldKitFixture>
{
    private static void Delete(string path)
    {
        foreach (var p in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) if (File.Exists(p)) File.Delete(p);
    }

    private (string Path, KitSummary Summary) MakeKit(KitRequest request)
    {
        var path = demo.NewPath("kit.gpkg");
        var summary = KitFile.Create(path, p => GeoPackageStore.Open(p), Delete, kit => FieldKit.Fill(demo.Store, kit, request));
        return (path, summary);
    }

    // Every field, geometries as WKT: two states that serialise the same are the same state.
    private static string Json(HazardState h) => JsonSerializer.Serialize(h, ReportJson.Options);

    [Fact]
    public void A_kit_holds_exactly_its_regions_hazards_in_the_sources_state()
    {
        var (path, summary) = MakeKit(new KitRequest(demo.Region.ToUpperInvariant()));
        using var kit = GeoPackageStore.Open(path, create: false);

        var expected = demo.Store.Hazards().Where(h => h.Region == demo.Region).ToList();
        Assert.True(expected.Count > 5, "the demo region has hazards");
        var actual = kit.Hazards().ToList();
        Assert.Equal(expected.Select(h => h.HazardId), actual.Select(h => h.HazardId));
        Assert.Equal(expected.Select(Json), actual.Select(Json));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Original.EqualsExact(actual[i].Original), expected[i].HazardId);
            Assert.True(expected[i].Remaining.EqualsExact(actual[i].Remaining), expected[i].HazardId);
        }
        Assert.Equal(expected.Count, summary.Hazards);
        Assert.Equal(expected.Sum(h => h.RemainingM2), summary.RemainingM2, 1e-6);

        // Exactly one region, the named one as stored (sync reads the kit's area from it).
        var region = Assert.Single(kit.Regions());
        Assert.Equal(demo.Region, region.Name);
        Assert.True(demo.Store.Regions().Single(r => r.Name == demo.Region).Boundary.EqualsExact(region.Boundary));
        Assert.Equal(demo.Region, summary.Region);
        Assert.Null(summary.Note);

        // The finds and accidents of those hazards, and no others.
        static string Find(FindRecord f) => $"{f.ReportId}#{f.Index}|{f.HazardId}|{f.Region}|{f.Date}|{f.Find.Category}|{f.Find.Quantity}|{f.Find.Position}";
        Assert.Equal(demo.Store.Finds().Where(f => f.Region == demo.Region).Select(Find), kit.Finds().Select(Find));
        Assert.Equal(demo.Store.Accidents().Where(a => a.Region == demo.Region).Select(a => a.ReportId), kit.Accidents().Select(a => a.ReportId));
        Assert.Equal(demo.Store.Incidents().Where(i => i.Region == demo.Region).Select(i => i.ReportId).Order(StringComparer.Ordinal),
            kit.Incidents().Select(i => i.ReportId).Order(StringComparer.Ordinal));
        Assert.Empty(kit.Users());
    }

    [Fact]
    public void Reports_and_their_histories_are_the_sources_by_id_pending_included_rejected_left_home()
    {
        var (path, summary) = MakeKit(new KitRequest(demo.Region));
        using var kit = GeoPackageStore.Open(path, create: false);

        var hazardIds = demo.Store.Hazards().Where(h => h.Region == demo.Region).Select(h => h.HazardId).ToList();
        // The region's hazards' reports, and its risk-education sessions and civilian incidents (held in the region, in a hazard or not).
        var sessions = demo.Store.RiskEducationSessions().Where(s => s.Region == demo.Region).Select(s => demo.Store.FindReport(s.ReportId)!);
        var incidents = demo.Store.Incidents().Where(i => i.Region == demo.Region).Select(i => demo.Store.FindReport(i.ReportId)!).ToList();
        Assert.Contains(incidents, r => r.Report.Id == demo.IncidentInNoHazard && r.Report.HazardId is null);
        var expected = hazardIds.SelectMany(demo.Store.ReportsOfHazard).Concat(sessions).Concat(incidents)
            .Where(r => r.Status != ReportStatus.Rejected).DistinctBy(r => r.Report.Id).OrderBy(r => r.Report.Id, StringComparer.Ordinal).ToList();
        var actual = kit.Reports().OrderBy(r => r.Report.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(r => r.Report.Id), actual.Select(r => r.Report.Id));
        // The demo's accidents name their victims: the kit has each report as stored but for that (see KitPersonalDataTests).
        Assert.Contains(expected, r => Core.Accidents.PersonalData.Holds(r.Report));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.False(Core.Accidents.PersonalData.Holds(actual[i].Report), actual[i].Report.Id);
            Assert.Equal(ReportJson.Serialize(Core.Accidents.PersonalData.Withhold(expected[i].Report)), ReportJson.Serialize(actual[i].Report));
            Assert.Equal(expected[i] with { Report = actual[i].Report }, actual[i]);
            Assert.Equal(demo.Store.History(expected[i].Report.Id), kit.History(actual[i].Report.Id));
        }
        Assert.Equal(ReportStatus.Submitted, kit.FindReport(demo.PendingReport)!.Status);
        Assert.Null(kit.FindReport(demo.RejectedReport));
        Assert.Equal(1, summary.PendingReports);
        Assert.Equal(expected.Count - 1, summary.ApprovedReports);
    }

    [Fact]
    public void Reference_lists_are_all_of_them_or_one_organisations_teams_and_deployments()
    {
        var (path, _) = MakeKit(new KitRequest(demo.Region));
        using (var kit = GeoPackageStore.Open(path, create: false))
        {
            Assert.Equal(demo.Store.Organisations(), kit.Organisations());
            Assert.Equal(demo.Store.Teams(), kit.Teams());
            Assert.Equal(demo.Store.Deployments(), kit.Deployments());
        }

        var org = demo.Store.Teams().GroupBy(t => t.OrganisationId).First(g => g.Any()).Key;
        var (onePath, one) = MakeKit(new KitRequest(demo.Region, org));
        using var oneKit = GeoPackageStore.Open(onePath, create: false);
        Assert.Equal(demo.Store.Organisations(), oneKit.Organisations());
        var teams = demo.Store.Teams().Where(t => t.OrganisationId == org).ToList();
        Assert.True(teams.Count < demo.Store.Teams().Count, "the demo has teams of other organisations");
        Assert.Equal(teams, oneKit.Teams());
        Assert.Equal(demo.Store.Deployments().Where(d => teams.Any(t => t.Id == d.TeamId)), oneKit.Deployments());
        Assert.Equal(teams.Count, one.Teams);
        // The hazards are the region's whoever holds them: the team works beside other operators' areas.
        Assert.Equal(demo.Store.Hazards().Count(h => h.Region == demo.Region), one.Hazards);

        var unknown = Assert.Throws<SafegroundException>(() => MakeKit(new KitRequest(demo.Region, "ORG-NOBODY")));
        Assert.Contains("organisation 'ORG-NOBODY' is not in", unknown.Message, StringComparison.Ordinal);
        Assert.Contains($"'{org}'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_region_is_an_error_naming_close_matches_and_nothing_is_written()
    {
        var typo = demo.Region[..^3];
        var path = demo.NewPath("kit.gpkg");
        var e = Assert.Throws<SafegroundException>(() => KitFile.Create(path, p => GeoPackageStore.Open(p), Delete, kit => FieldKit.Fill(demo.Store, kit, new KitRequest(typo))));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
        Assert.Contains($"region '{typo}' is not in", e.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{demo.Region}'", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(KitFile.PartialOf(path)));

        var far = Assert.Throws<SafegroundException>(() => FieldKit.Resolve(demo.Store, new KitRequest("Atlantis")));
        Assert.Contains("the regions are", far.Message, StringComparison.Ordinal);
        Assert.Contains($"the regions are '{demo.Store.Regions()[0].Name}'", far.Message, StringComparison.Ordinal);
        // 13 regions: twelve named, the rest counted, with where to see them all.
        Assert.Contains("and 1 more ('safeground regions list')", far.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_without_hazards_gives_a_valid_empty_kit_with_a_note()
    {
        var (path, summary) = MakeKit(new KitRequest(FieldKitFixture.EmptyRegion));
        Assert.Equal(0, summary.Hazards);
        Assert.Contains("no hazard is recorded in " + FieldKitFixture.EmptyRegion, summary.Note, StringComparison.Ordinal);
        using var kit = GeoPackageStore.Open(path, create: false);
        Assert.Empty(kit.Hazards());
        Assert.Empty(kit.Reports());
        Assert.Equal(FieldKitFixture.EmptyRegion, Assert.Single(kit.Regions()).Name);
        Assert.Equal(demo.Store.Organisations().Count, kit.Organisations().Count);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        var path = demo.NewPath("kit.gpkg");
        File.WriteAllText(path, "the team's notes");
        var e = Assert.Throws<SafegroundException>(() => KitFile.Create(path, p => GeoPackageStore.Open(p), Delete, kit => FieldKit.Fill(demo.Store, kit, new KitRequest(demo.Region))));
        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Contains($"{path} already exists", e.Message, StringComparison.Ordinal);
        Assert.Equal("the team's notes", File.ReadAllText(path));
        Assert.False(File.Exists(KitFile.PartialOf(path)));

        // Nor is a .partial some other run may be writing.
        var other = demo.NewPath("kit.gpkg");
        File.WriteAllText(KitFile.PartialOf(other), "another run");
        var busy = Assert.Throws<SafegroundException>(() => KitFile.Create(other, p => GeoPackageStore.Open(p), Delete, kit => FieldKit.Fill(demo.Store, kit, new KitRequest(demo.Region))));
        Assert.Contains(".partial exists", busy.Message, StringComparison.Ordinal);
        Assert.Equal("another run", File.ReadAllText(KitFile.PartialOf(other)));
        Assert.False(File.Exists(other));
    }

    [Fact]
    public void A_kit_that_fails_midway_leaves_no_file()
    {
        var path = demo.NewPath("kit.gpkg");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => KitFile.Create(path, p => GeoPackageStore.Open(p), Delete,
            kit => FieldKit.Fill(demo.Store, kit, new KitRequest(demo.Region), cancel: cancel.Token)));
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(KitFile.PartialOf(path)));
        Assert.False(File.Exists(KitFile.PartialOf(path) + "-wal"));
    }
}
