using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Safeground.Core.Storage;
using Safeground.Storage.PostGis.Tests;
using Xunit.Abstractions;

namespace Safeground.Cli.Tests;

/// <summary>
/// A backup killed with SIGKILL mid-copy leaves its TARGET.partial; the next backup in the folder removes it, says so,
/// and writes a whole backup. A temporary file that a live run holds, or that any process has open, is never removed.
/// </summary>
[Collection(ReliabilitySuite.Name)]
public class KilledBackupTests(ITestOutputHelper output)
{
    private const int Rounds = 5;

    [Fact]
    public void The_next_backup_removes_what_killed_backups_left_and_writes_a_whole_one()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Assert.Equal(Rounds, KillRounds(dir, "s.gpkg", "b{0}.gpkg", "integrity checked"));
        // A restore cleans the folder it writes to as well.
        File.WriteAllText(dir.File("r.gpkg.restoring"), "");
        var restore = CliRun.Run(dir.Path, "restore", "next0.gpkg", "--store", "r.gpkg");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("removed " + dir.File("r.gpkg.restoring"), restore.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.restoring"));
    }

    [SkippableFact]
    public void The_next_PostGIS_backup_removes_what_killed_backups_left()
    {
        var url = TestServer.NewSchemaUrl("killed");
        using var dir = new TempDir();
        try
        {
            Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", url, "--no-status").ExitCode);
            Assert.Equal(Rounds, KillRounds(dir, url, "b{0}.backup", "read back whole"));
        }
        finally
        {
            TestServer.Drop(url);
        }
    }

    /// <summary>Kills a backup as soon as its .partial appears, then backs up under another name; returns how many kills left a .partial.</summary>
    private int KillRounds(TempDir dir, string store, string pattern, string whole)
    {
        int killed = 0;
        for (int i = 0; i < Rounds; i++)
        {
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, i);
            var partial = dir.File(name + ".partial");
            using (var run = Process.Start(CliRun.StartInfo(dir.Path, "backup", name, "--store", store))!)
            {
                while (!File.Exists(partial) && !run.HasExited) Thread.Yield();
                run.Kill(); // SIGKILL: nothing of the run's own cleanup happens
                run.WaitForExit();
            }
            if (!File.Exists(partial))
            {
                output.WriteLine($"round {i}: the backup finished before it was killed");
                continue;
            }
            killed++;
            // A killed PostGIS backup's pg_dump lives on as an orphan and finishes writing the .partial: only then is it
            // abandoned (the next backup leaves a file some process still writes).
            WaitUntilNobodyHolds(partial);
            Assert.False(File.Exists(dir.File(name)));
            var next = CliRun.Run(dir.Path, "backup", $"next{i}" + Path.GetExtension(name), "--store", store);
            Assert.True(next.ExitCode == 0, next.ToString());
            Assert.Contains("removed " + partial, next.Stdout, StringComparison.Ordinal);
            Assert.Contains(whole, next.Stdout, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(dir.Path, "*.partial"));
        }
        output.WriteLine($"{killed} of {Rounds} backups killed mid-copy; each leftover removed by the next backup");
        return killed;
    }

    private static void WaitUntilNobodyHolds(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && Holders(path)) Thread.Sleep(100);
    }

    private static bool Holders(string path) => OpenDescriptors.All().Any(d => d.File == path);

    [Fact]
    public void A_held_or_open_temporary_file_and_a_users_own_file_are_left_alone()
    {
        using var dir = new TempDir();
        var sqlite = "SQLite format 3\0";
        using (InterruptedCopies.Claim(dir.File("live.gpkg.partial")))
        {
            File.WriteAllText(dir.File("notes.partial"), "my notes, not a backup");
            File.WriteAllText(dir.File("dead.gpkg.partial"), sqlite + "pages");
            // Like a kit export: SQLite has the file open, nobody claimed it.
            using var kit = new SqliteConnection($"Data Source={dir.File("kit.gpkg.partial")};Pooling=False");
            kit.Open();
            using (var c = kit.CreateCommand())
            {
                c.CommandText = "CREATE TABLE t (x)";
                c.ExecuteNonQuery();
            }
            var removed = InterruptedCopies.RemoveAbandoned(dir.Path, sqlite);
            Assert.Equal([dir.File("dead.gpkg.partial")], removed);
            Assert.True(File.Exists(dir.File("live.gpkg.partial")));
            Assert.True(File.Exists(dir.File("kit.gpkg.partial")));
            Assert.True(File.Exists(dir.File("notes.partial")));
            // A second run may not claim what a live one holds.
            Assert.Throws<Core.SafegroundException>(() => InterruptedCopies.Claim(dir.File("live.gpkg.partial")));
        }
        // Released (its run ended without renaming it, the kit's connection closed): now both are abandoned.
        Assert.Equal([dir.File("kit.gpkg.partial"), dir.File("live.gpkg.partial")], InterruptedCopies.RemoveAbandoned(dir.Path, sqlite));
        Assert.True(File.Exists(dir.File("notes.partial")));
    }
}
