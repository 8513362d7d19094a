namespace Safeground.Cli.Tests;

/// <summary><c>safeground backup</c>, <c>restore</c> and <c>migrate</c> as a user runs them, on a demo store.</summary>
public class BackupCommandTests
{
    [Fact]
    public void A_backup_restores_to_the_same_figures_and_is_never_overwritten()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var status = CliRun.Run(dir.Path, "status", "--store", "s.gpkg", "--json");

        var backup = CliRun.Run(dir.Path, "backup", "b.gpkg", "--store", "s.gpkg");
        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.Contains("integrity checked", backup.Stdout, StringComparison.Ordinal);
        var again = CliRun.Run(dir.Path, "backup", "b.gpkg", "--store", "s.gpkg");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);

        var restore = CliRun.Run(dir.Path, "restore", "b.gpkg", "--store", "r.gpkg");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal(status.Stdout.Replace("s.gpkg", "r.gpkg", StringComparison.Ordinal), CliRun.Run(dir.Path, "status", "--store", "r.gpkg", "--json").Stdout);

        var missing = CliRun.Run(dir.Path, "restore", "nothing.gpkg", "--store", "r.gpkg");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no such backup", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_says_where_a_store_stands_and_leaves_a_current_one_alone()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var check = CliRun.Run(dir.Path, "migrate", "--check", "--store", "s.gpkg");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains($"is at schema version {Storage.GeoPackage.GeoPackageStore.SchemaVersion}, this release's", check.Stdout, StringComparison.Ordinal);
        var migrate = CliRun.Run(dir.Path, "migrate", "--store", "s.gpkg");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());
        Assert.Contains("nothing to do", migrate.Stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(dir.Path, "*.gpkg"));
        var missing = CliRun.Run(dir.Path, "migrate", "--store", "none.gpkg");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no such store", missing.Stderr, StringComparison.Ordinal);
    }
}
