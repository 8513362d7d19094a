namespace Safeground.Cli.Tests;

/// <summary><c>safeground serve</c> refuses what it cannot serve before it listens. (The server itself is tested in Safeground.Server.Tests.)</summary>
public class ServeTests
{
    [Fact]
    public void Serve_refuses_a_missing_store_and_a_bad_host()
    {
        using var dir = new TempDir();
        var missing = CliRun.Run(dir.Path, "serve", "--store", "nowhere.gpkg", "--port", "0");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nowhere.gpkg", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var host = CliRun.Run(dir.Path, "serve", "--store", "s.gpkg", "--host", "localhost-ish", "--port", "0");
        Assert.Equal(1, host.ExitCode);
        Assert.Contains("not an IP address", host.Stderr, StringComparison.Ordinal);
    }
}
