using Safeground.Core;
using Safeground.Storage.Contract;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage.Tests;

// safeground migrate: the version read without change, a backup of the store as it was, then the upgrade.
public sealed partial class GeoPackageStoreTests
{
    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void Migrate_backs_up_the_store_as_it_was_then_brings_it_to_the_current_version(int version)
    {
        var path = BareGeoPackage();
        var report = ContractData.NtsCreate();
        using (var c = Raw(path))
        {
            Encoding.SpatialFunctions.Register(c);
            Migrations.Run(c, path, version);
            using var cmd = c.CreateCommand();
            cmd.CommandText =
                "INSERT INTO reports (id, kind, hazard_id, organisation_id, date_of_information, submitted_at, submitted_by, status, payload) " +
                "VALUES ('R-NTS', 'non-technical-survey', 'HA-0001', 'ORG-1', '2024-03-01', '2024-03-01T06:30:00.0000000Z', 'surveyor', 'approved', $p)";
            cmd.Parameters.AddWithValue("$p", Core.Reports.ReportJson.Serialize(report));
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(version, GeoPackageMigration.VersionOf(path));
        Assert.Equal(version, GeoPackageMigration.VersionOf(path)); // reading it changed nothing

        var done = GeoPackageMigration.Migrate(path, backup: true, TimeProvider.System);
        Assert.Equal((version, GeoPackageStore.SchemaVersion), (done.From, done.To));
        Assert.NotNull(done.Backup);
        Assert.Equal(version, GeoPackageMigration.VersionOf(done.Backup));
        Assert.Equal(GeoPackageStore.SchemaVersion, GeoPackageMigration.VersionOf(path));
        using (var store = GeoPackageStore.Open(path, create: false)) AssertSameReport(report, store.FindReport("R-NTS")!.Report);

        var again = GeoPackageMigration.Migrate(path, backup: true, TimeProvider.System);
        Assert.False(again.Migrated);
        Assert.Null(again.Backup);
    }

    [Fact]
    public void A_hazard_of_schema_6_reads_as_not_stated_after_migrating_to_7_and_then_keeps_a_stated_type()
    {
        var path = BareGeoPackage();
        using (var c = Raw(path))
        {
            Encoding.SpatialFunctions.Register(c);
            Migrations.Run(c, path, 6);
            using var cmd = c.CreateCommand();
            cmd.CommandText =
                "INSERT INTO hazards (hazard_id, organisation_id, class, status, original_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_m2, " +
                "find_count, accident_count, created_on, last_report_on, last_report_id, report_count, evidence) " +
                "VALUES ('HA-6', 'ORG-1', 'SHA', 'open', 100, 0, 0, 0, 100, 0, 0, '2024-03-01', '2024-03-01', 'R-6', 1, '[]')";
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(6, GeoPackageMigration.VersionOf(path));
        GeoPackageMigration.Migrate(path, backup: false, TimeProvider.System);
        Assert.True(GeoPackageStore.SchemaVersion >= 7);
        using var store = GeoPackageStore.Open(path, create: false);
        var old = store.FindHazard("HA-6")!;
        Assert.Equal(100, old.RemainingM2);
        Assert.Null(old.ContaminationType);
        var typed = ContractData.HazardState() with { ContaminationType = Core.Hazards.ContaminationType.ImprovisedMines };
        using (var tx = store.BeginWrite())
        {
            tx.PutHazard(typed);
            tx.Commit();
        }
        Assert.Equal(Core.Hazards.ContaminationType.ImprovisedMines, store.FindHazard(typed.HazardId)!.ContaminationType);
    }

    [Fact]
    public void Migrate_refuses_what_is_not_a_store_naming_it()
    {
        var path = Path.Combine(_temp.Directory, "notes.gpkg");
        File.WriteAllText(path, "not a database at all, and longer than a header would be: " + new string('x', 200));
        var e = Assert.Throws<SafegroundException>(() => GeoPackageMigration.Migrate(path, backup: true, TimeProvider.System));
        Assert.Contains("notes.gpkg", e.Message, StringComparison.Ordinal);
        Assert.Throws<SafegroundException>(() => GeoPackageMigration.VersionOf(Path.Combine(_temp.Directory, "missing.gpkg")));
    }
}
