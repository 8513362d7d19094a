using System.Diagnostics;
using Safeground.Core;
using Safeground.Core.Reference;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// Issue 13: a store open in this process (a server) keeps its SQLite locks however many more times the process opens
/// the file, so another program (the CLI, the sqlite3 shell, QGIS) can never leave WAL or checkpoint it away beneath it.
/// </summary>
public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public void Opening_the_store_again_in_the_same_process_keeps_its_locks_against_other_programs()
    {
        var path = NewPath();
        GeoPackageStore.Open(path).Dispose();
        using var serving = GeoPackageStore.Open(path, create: false);
        Assert.Equal("wal", OtherProgram(path, "PRAGMA journal_mode;").Trim());
        // What a server's pool does when every pooled connection is busy: opens the file once more.
        GeoPackageStore.Open(path, create: false).Dispose();
        // Before the fix the second open read the file's header with a plain descriptor and closed it, which on Linux drops
        // every POSIX lock the process holds on the file: the other program then switched the file out of WAL under the
        // open connections ("delete"), and the server's next commits went to a WAL file nobody would read again.
        var answer = OtherProgram(path, "PRAGMA journal_mode = DELETE;");
        Assert.DoesNotContain("delete", answer, StringComparison.Ordinal);
        Assert.Contains("locked", answer, StringComparison.Ordinal);
        using (var tx = serving.BeginWrite())
        {
            tx.Put(new Organisation("ORG-1", "Operator One", "BA"));
            tx.Commit();
        }
        Assert.Contains("ORG-1", OtherProgram(path, "SELECT id FROM organisations;"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_that_waits_too_long_for_another_program_says_who_holds_the_store()
    {
        var path = NewPath();
        GeoPackageStore.Open(path).Dispose();
        // Another program holds the write lock (a long import): sqlite3 begins a write and sleeps past our wait.
        using var holder = Process.Start(new ProcessStartInfo("sh", ["-c", $"(echo 'BEGIN IMMEDIATE;'; sleep 40; echo 'COMMIT;') | sqlite3 '{path}'"]))!;
        try
        {
            Thread.Sleep(1500);
            var e = Assert.Throws<SafegroundException>(() =>
            {
                using var store = GeoPackageStore.Open(path, create: false);
                using var tx = store.BeginWrite();
                tx.Put(new Organisation("ORG-1", "Operator One", "BA"));
                tx.Commit();
            });
            Assert.Equal(ErrorKind.Busy, e.Kind);
            Assert.Contains("is in use by sqlite3", e.Message, StringComparison.Ordinal);
            Assert.Contains("nothing was changed", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
        }
    }

    // The sqlite3 shell, a program of its own, with no busy wait: what it answers is what the file's locks allow.
    private static string OtherProgram(string path, string sql)
    {
        var psi = new ProcessStartInfo("sqlite3", [path]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(sql + "\n");
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return output;
    }
}
