using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Kits;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Storage.Contract.UseCases.Sync;

namespace Safeground.Storage.GeoPackage.Tests.Sync;

/// <summary>
/// What a field kit carries of victims' personal data, other organisations' reports in review, and the store's secrets:
/// read back from the kit and from its raw bytes.
/// </summary>
public sealed class KitPersonalDataTests : SyncStores<GeoPackageKind>
{
    private readonly string[] _secrets;

    public KitPersonalDataTests()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(NationalLifecycle, Accident("R-ACC-A1", 2, "ORG-A", "Quorrbeck"));
        NationalLifecycle.Submit(Accident("R-ACC-A2", 3, "ORG-A", "Quorrpending"));
        SubmitAndApprove(NationalLifecycle, Accident("R-ACC-B1", 4, "ORG-B", "Zaltmannova"));
        NationalLifecycle.Submit(Accident("R-ACC-B2", 5, "ORG-B", "Zaltpending"));
        using (var tx = National.BeginWrite())
        {
            tx.ReplaceRegions([new Region("North", Square(36.9, 48.9, 0.3))]);
            tx.Commit();
        }
        UserAccounts.Add(National, "admin.a", null, Role.Admin, "ORG-A", "admin password 1", DateTimeOffset.UtcNow, iterations: 1000);
        UserAccounts.Add(National, "manager", null, Role.DataManager, null, "manager password", DateTimeOffset.UtcNow, iterations: 1000);
        var (token, _) = UserAccounts.IssueToken(National, "manager", "script", 30, DateTimeOffset.UtcNow);
        using (var tx = National.BeginWrite())
        {
            tx.AppendAudit(new AuditEntry(DateTimeOffset.UtcNow, "manager", "10.9.8.7", "POST", "/api/v1/audit-marker-xyzzy", "POST /x", "R-ACC-A1", 200));
            tx.Commit();
        }
        // Every password and token hash the store holds, and an audit line: none may be found in a kit.
        _secrets = [.. National.Users().Select(u => National.FindUser(u.Username)!.PasswordHash), TokenSecret.Hash(token), "audit-marker-xyzzy", "10.9.8.7"];
    }

    private static Report Accident(string id, int day, string org, string surname) =>
        R(id, "HA-1", day, new AccidentReport(new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), Geo.Point(37.005, 49.005), true,
            "excavation", AssetKind.Manual, "missed signal", "pressure", false, true, Core.Ordnance.EoCategory.ApMine, "PMN-2", 5, "dry", "sunny", "retraining",
            [new Victim("Zinovia " + surname, Gender.Female, new DateOnly(1971, 7, 13), 54, $"17 {surname} St, tel +380 44 555 0199", "deminer", VictimOutcome.Injured, "foot", "excavation")]),
            org: org);

    private string MakeKit(KitRequest request)
    {
        var path = Kind.NewPath("kit.gpkg");
        KitFile.Create(path, p => GeoPackageStore.Open(p), GeoPackageKind.Delete,
            kit => FieldKit.Fill(National, kit, request));
        return path;
    }

    // The file as it travels (and its -wal, should one be left): what anyone who finds the USB stick can read.
    private static string Raw(string path) =>
        string.Concat(new[] { path, path + "-wal" }.Where(File.Exists).Select(p => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(p))));

    private void AssertNoSecrets(string raw)
    {
        foreach (var s in _secrets) Assert.DoesNotContain(s, raw, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_a_kit_holds_no_victims_personal_data_no_users_and_no_audit_log_and_replays_the_same()
    {
        var path = MakeKit(new KitRequest("North"));
        var raw = Raw(path);
        foreach (var planted in new[] { "Quorrbeck", "Quorrpending", "Zaltmannova", "Zaltpending", "1971-07-13", "555 0199" })
            Assert.DoesNotContain(planted, raw, StringComparison.Ordinal);
        AssertNoSecrets(raw);
        using var kit = GeoPackageStore.Open(path, create: false);
        Assert.Empty(kit.Users());
        Assert.Equal(0, kit.AuditLog(0, 10).Total);
        // Same reports by id, the same but for the withheld fields; the same projections.
        Assert.Equal(Ids(National), Ids(kit));
        foreach (var r in kit.Reports())
            Assert.Equal(ReportJson.Serialize(PersonalData.Withhold(National.FindReport(r.Report.Id)!.Report)), ReportJson.Serialize(r.Report));
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(kit.FindHazard("HA-1")!));
        Assert.Equal(National.Accidents().Select(a => a.ReportId + a.Accident.Victims.Count), kit.Accidents().Select(a => a.ReportId + a.Accident.Victims.Count));
    }

    [Fact]
    public void A_kit_for_one_organisation_carries_no_other_organisations_reports_in_review()
    {
        var path = MakeKit(new KitRequest("North", "ORG-A"));
        using var kit = GeoPackageStore.Open(path, create: false);
        Assert.Equal(["R-ACC-A1", "R-ACC-A2", "R-ACC-B1", "R-HA-1"], Ids(kit));
        Assert.Equal(ReportStatus.Submitted, kit.FindReport("R-ACC-A2")!.Status);
    }

    [Fact]
    public void Personal_data_goes_in_only_for_an_admin_and_only_the_kits_organisations()
    {
        var admin = National.FindUser("admin.a")!.User;
        var path = MakeKit(new KitRequest("North", "ORG-A", admin));
        var raw = Raw(path);
        AssertNoSecrets(raw);
        using (var kit = GeoPackageStore.Open(path, create: false))
        {
            Assert.True(PersonalData.Holds(kit.FindReport("R-ACC-A1")!.Report));
            Assert.True(PersonalData.Holds(kit.FindReport("R-ACC-A2")!.Report));
            Assert.False(PersonalData.Holds(kit.FindReport("R-ACC-B1")!.Report));
            Assert.Equal(ReportJson.Serialize(National.FindReport("R-ACC-A1")!.Report), ReportJson.Serialize(kit.FindReport("R-ACC-A1")!.Report));
        }
        Assert.DoesNotContain("Zaltmannova", raw, StringComparison.Ordinal);

        // A data manager is no admin: asking in its name releases nothing.
        var manager = National.FindUser("manager")!.User;
        using var other = GeoPackageStore.Open(MakeKit(new KitRequest("North", null, manager)), create: false);
        Assert.All(other.Reports(), r => Assert.False(PersonalData.Holds(r.Report), r.Report.Id));
    }

    [Fact]
    public void A_release_is_granted_to_an_admin_with_the_password_only_and_every_attempt_is_audited()
    {
        var now = new DateTimeOffset(2026, 9, 3, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal("admin.a", PersonalDataRelease.Authorise(National, "admin.a", "admin password 1", "kit personal data", "/tmp/kit.gpkg", now).Username);
        var wrong = Assert.Throws<SafegroundException>(() => PersonalDataRelease.Authorise(National, "admin.a", "guess", "kit personal data", "/tmp/kit.gpkg", now));
        Assert.Contains("wrong username or password", wrong.Message, StringComparison.Ordinal);
        var notAdmin = Assert.Throws<SafegroundException>(() => PersonalDataRelease.Authorise(National, "manager", "manager password", "export personal data", "/tmp/out.gpkg", now));
        Assert.Contains("only an active admin", notAdmin.Message, StringComparison.Ordinal);

        var log = National.AuditLog(0, 3).Items;
        Assert.Equal([("manager", "export personal data", "/tmp/out.gpkg", 403), ("admin.a", "kit personal data", "/tmp/kit.gpkg", 403), ("admin.a", "kit personal data", "/tmp/kit.gpkg", 200)],
            log.Select(e => (e.Username, e.Action, e.TargetId!, e.Status)));
        Assert.All(log, e => Assert.Equal(now, e.Time));
    }
}
