using Safeground.Storage.PostGis;
using Safeground.Storage.PostGis.Tests;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground backup</c>, <c>restore</c> and <c>migrate</c> on a PostGIS store, as a user runs them.</summary>
public sealed class PostGisBackupCommandTests
{
    [SkippableFact]
    public void A_backup_restores_to_the_same_figures_and_no_password_is_shown()
    {
        var url = TestServer.NewSchemaUrl("cli");
        // Trust authentication ignores it: a password the output must never show.
        var withPassword = url.Replace("postgres://postgres@", "postgres://postgres:pw-s3cret@", StringComparison.Ordinal);
        Assert.NotEqual(url, withPassword);
        using var dir = new TempDir();
        try
        {
            Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", url, "--no-status").ExitCode);
            var status = CliRun.Run(dir.Path, "status", "--store", url, "--json");
            Assert.True(status.ExitCode == 0, status.ToString());

            var backup = CliRun.Run(dir.Path, "backup", "b.backup", "--store", withPassword);
            Assert.True(backup.ExitCode == 0, backup.ToString());
            Assert.Contains("read back whole", backup.Stdout, StringComparison.Ordinal);
            var again = CliRun.Run(dir.Path, "backup", "b.backup", "--store", withPassword);
            Assert.NotEqual(0, again.ExitCode);
            Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);

            // The store changes after the backup; the restore takes it back.
            var late = CliRun.RunWithInput(dir.Path, "late-password-1\n", "user", "add", "late", "--role", "viewer", "--password-stdin", "--store", url);
            Assert.True(late.ExitCode == 0, late.ToString());
            var restore = CliRun.Run(dir.Path, "restore", "b.backup", "--store", withPassword);
            Assert.True(restore.ExitCode == 0, restore.ToString());
            Assert.Equal(status.Stdout, CliRun.Run(dir.Path, "status", "--store", url, "--json").Stdout);
            Assert.Null(TestServer.Scalar(url, "SELECT username FROM users WHERE username = 'late'"));

            var check = CliRun.Run(dir.Path, "migrate", "--check", "--store", withPassword);
            Assert.Contains($"is at schema version {PostGisStore.SchemaVersion}, this release's", check.Stdout, StringComparison.Ordinal);
            var migrate = CliRun.Run(dir.Path, "migrate", "--store", withPassword);
            Assert.Contains("nothing to do", migrate.Stdout, StringComparison.Ordinal);

            // A backup of one kind given for the other store kind: refused, saying which.
            var asGpkg = CliRun.Run(dir.Path, "restore", "b.backup", "--store", "x.gpkg");
            Assert.Contains("a PostGIS backup (pg_dump archive), not a GeoPackage", asGpkg.Stderr, StringComparison.Ordinal);
            File.WriteAllBytes(Path.Combine(dir.Path, "g.gpkg"), [.. "SQLite format 3\0"u8.ToArray(), .. new byte[100]]);
            var asPg = CliRun.Run(dir.Path, "restore", "g.gpkg", "--store", withPassword);
            Assert.Contains("a GeoPackage (SQLite) backup, not a PostGIS one", asPg.Stderr, StringComparison.Ordinal);

            foreach (var run in new[] { backup, again, restore, check, migrate, asPg })
                Assert.DoesNotContain("pw-s3cret", run.Stdout + run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            TestServer.Drop(url);
        }
    }
}
