using Safeground.Core.Accidents;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary>
/// Victims' personal data and the store's secrets stay in: every <c>export</c> format and layer, a <c>kit create</c> file and what
/// <c>sync</c> brings to a kit are scanned byte by byte for a planted victim (name, date of birth, address, phone), for every
/// password and token hash and for an audit line. Personal data leaves only with <c>--include-personal-data</c> by an admin,
/// recorded in the store's audit log.
/// </summary>
public sealed class PersonalDataOutputTests(PlantedStore planted) : IClassFixture<PlantedStore>
{
    private void AssertClean(string path, bool personalAllowed = false)
    {
        var raw = PlantedStore.Raw(path);
        Assert.True(raw.Length > 0, path);
        if (!personalAllowed) Assert.Empty(PlantedStore.Found(raw, PlantedStore.Personal));
        Assert.Empty(PlantedStore.Found(raw, planted.Secrets));
    }

    private static CliResult Admin(TempDir dir, string admin, params string[] args) =>
        CliRun.RunWithInput(dir.Path, PlantedStore.Password + "\n", [.. args, "--include-personal-data", "--admin", admin, "--password-stdin"]);

    private static List<(string User, string Action, string? Target, int Status)> Audit(string store)
    {
        using var s = GeoPackageStore.Open(store, create: false);
        return s.AuditLog(0, 100).Items.Where(e => e.Action.Contains("personal data", StringComparison.Ordinal))
            .Select(e => (e.Username, e.Action, e.TargetId, e.Status)).ToList();
    }

    [Fact]
    public void A_geopackage_export_holds_no_personal_data_no_users_no_hashes_and_no_audit_log()
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);
        var r = CliRun.Run(dir.Path, "export", "out.gpkg", "--store", store);
        Assert.True(r.ExitCode == 0, r.ToString());
        AssertClean(dir.File("out.gpkg"));
        using var export = GeoPackageStore.Open(dir.File("out.gpkg"), create: false);
        Assert.Empty(export.Users());
        Assert.Equal(0, export.AuditLog(0, 1).Total);
        // The reports are all there, as the source holds them but for the victims' personal data; the projections too.
        using var source = GeoPackageStore.Open(dir.File(store), create: false);
        Assert.Equal(source.Reports().Count(), export.Reports().Count());
        var approved = export.FindReport(PlantedStore.Approved)!;
        Assert.False(PersonalData.Holds(approved.Report));
        Assert.Equal(Core.Reports.ReportJson.Serialize(PersonalData.Withhold(source.FindReport(PlantedStore.Approved)!.Report)), Core.Reports.ReportJson.Serialize(approved.Report));
        Assert.Equal(source.Accidents().Count(), export.Accidents().Count());
        Assert.Equal(source.Hazards().Sum(h => h.RemainingM2), export.Hazards().Sum(h => h.RemainingM2));
        Assert.Empty(Audit(dir.File(store)));
    }

    [Theory]
    [InlineData("hazards", "geojson")]
    [InlineData("released", "geojson")]
    [InlineData("finds", "geojson")]
    [InlineData("accidents", "geojson")]
    [InlineData("hazards", "csv")]
    [InlineData("released", "csv")]
    [InlineData("finds", "csv")]
    [InlineData("accidents", "csv")]
    public void Every_layer_export_holds_no_personal_data_and_refuses_to_pretend_otherwise(string layer, string format)
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);
        var file = $"{layer}.{format}";
        var r = CliRun.Run(dir.Path, "export", file, "--store", store, "--layer", layer);
        Assert.True(r.ExitCode == 0, r.ToString());
        AssertClean(dir.File(file));

        var asked = Admin(dir, "admin.own", "export", "again." + format, "--store", store, "--layer", layer);
        Assert.Equal(1, asked.ExitCode);
        Assert.Contains("carry victims only as counts", asked.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("again." + format)));
    }

    [Fact]
    public void An_admin_exports_personal_data_on_record_and_nobody_else_can()
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);

        var manager = Admin(dir, "manager", "export", "m.gpkg", "--store", store);
        Assert.Equal(1, manager.ExitCode);
        Assert.Contains("only an active admin", manager.Stderr, StringComparison.Ordinal);
        var wrong = CliRun.RunWithInput(dir.Path, "not the password\n", "export", "w.gpkg", "--store", store, "--include-personal-data", "--admin", "admin.own", "--password-stdin");
        Assert.Equal(1, wrong.ExitCode);
        var nobody = CliRun.Run(dir.Path, "export", "n.gpkg", "--store", store, "--include-personal-data");
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("--include-personal-data needs --admin", nobody.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("m.gpkg")) || File.Exists(dir.File("w.gpkg")) || File.Exists(dir.File("n.gpkg")));

        var r = Admin(dir, "admin.own", "export", "full.gpkg", "--store", store);
        Assert.True(r.ExitCode == 0, r.ToString());
        var raw = PlantedStore.Raw(dir.File("full.gpkg"));
        Assert.Contains("Zinovia Quorrbeck", raw, StringComparison.Ordinal);
        Assert.Contains("Zinovia Quorrpending", raw, StringComparison.Ordinal);
        Assert.Empty(PlantedStore.Found(raw, planted.Secrets));

        var full = dir.File("full.gpkg");
        Assert.Equal([("admin.own", "export personal data", full, 200), ("admin.own", "export personal data", dir.File("w.gpkg"), 403),
            ("manager", "export personal data", dir.File("m.gpkg"), 403)], Audit(dir.File(store)));
    }

    [Fact]
    public void A_kit_carries_no_personal_data_or_secrets_unless_an_admin_asks_and_then_only_its_organisations()
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);
        var r = CliRun.Run(dir.Path, "kit", "create", "--store", store, "--region", planted.Region, "--out", "kit.gpkg");
        Assert.True(r.ExitCode == 0, r.ToString());
        AssertClean(dir.File("kit.gpkg"));
        using (var kit = GeoPackageStore.Open(dir.File("kit.gpkg"), create: false))
        {
            Assert.NotNull(kit.FindReport(PlantedStore.Approved));
            Assert.NotNull(kit.FindReport(PlantedStore.Pending));
        }

        // Another organisation's kit: the approved report (everyone sees it) without personal data, not the pending one.
        var other = Admin(dir, "admin.own", "kit", "create", "--store", store, "--region", planted.Region, "--out", "other.gpkg", "--organisation", planted.OtherOrganisation);
        Assert.True(other.ExitCode == 0, other.ToString());
        AssertClean(dir.File("other.gpkg"));
        using (var kit = GeoPackageStore.Open(dir.File("other.gpkg"), create: false))
        {
            Assert.NotNull(kit.FindReport(PlantedStore.Approved));
            Assert.Null(kit.FindReport(PlantedStore.Pending));
        }

        var own = Admin(dir, "admin.own", "kit", "create", "--store", store, "--region", planted.Region, "--out", "own.gpkg", "--organisation", planted.Organisation);
        Assert.True(own.ExitCode == 0, own.ToString());
        AssertClean(dir.File("own.gpkg"), personalAllowed: true);
        Assert.Contains("Zinovia Quorrbeck", PlantedStore.Raw(dir.File("own.gpkg")), StringComparison.Ordinal);
        Assert.Equal(2, Audit(dir.File(store)).Count(e => e is ("admin.own", "kit personal data", _, 200)));

        var refused = Admin(dir, "manager", "kit", "create", "--store", store, "--region", planted.Region, "--out", "m.gpkg");
        Assert.Equal(1, refused.ExitCode);
        Assert.False(File.Exists(dir.File("m.gpkg")) || File.Exists(dir.File("m.gpkg.partial")));
    }

    [Fact]
    public void Sync_brings_a_kit_no_personal_data_even_an_admins_kit()
    {
        using var dir = new TempDir();
        var store = planted.CopyTo(dir);
        var made = Admin(dir, "admin.own", "kit", "create", "--store", store, "--region", planted.Region, "--out", "kit.gpkg");
        Assert.True(made.ExitCode == 0, made.ToString());
        // Reported after the kit was made: sync brings them, without the victims' personal data.
        using (var s = GeoPackageStore.Open(dir.File(store), create: false))
        {
            PlantedStore.Plant(s, "R-PII-LATER", "Zinovia Quorrlater", approve: true);
            PlantedStore.Plant(s, "R-PII-LATER-PENDING", "Zinovia Quorrlaterpending", approve: false);
        }

        var synced = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", store, "--json");
        Assert.True(synced.ExitCode == 0, synced.ToString());
        Assert.Empty(PlantedStore.Found(synced.Stdout + synced.Stderr, PlantedStore.Personal));
        using (var result = System.Text.Json.JsonDocument.Parse(synced.Stdout))
            Assert.Equal((0, 2), (result.RootElement.GetProperty("pushed").GetInt32(), result.RootElement.GetProperty("pulled").GetInt32()));
        using (var kit = GeoPackageStore.Open(dir.File("kit.gpkg"), create: false))
        {
            Assert.False(PersonalData.Holds(kit.FindReport("R-PII-LATER")!.Report));
            Assert.False(PersonalData.Holds(kit.FindReport("R-PII-LATER-PENDING")!.Report));
            // The admin's own copies made with the kit keep theirs: sync never rewrites a report the kit holds.
            Assert.True(PersonalData.Holds(kit.FindReport(PlantedStore.Approved)!.Report));
        }
        var raw = PlantedStore.Raw(dir.File("kit.gpkg"));
        Assert.DoesNotContain("Quorrlater", raw, StringComparison.Ordinal);
        Assert.Empty(PlantedStore.Found(raw, planted.Secrets));
    }
}
