using System.Diagnostics;

namespace Safeground.Cli.Tests;

/// <summary>
/// External real clients (GDAL). Missing on a laptop: the test returns early with a note. Missing
/// in CI (env CI set): the test fails, so green never means "not checked".
/// </summary>
internal static class Tools
{
    public const string ValidateGpkg = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";

    public static bool Available(string path)
    {
        if (File.Exists(path)) return true;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail($"{path} is required in CI (scripts/setup installs it)");
        return false;
    }

    public static (int Exit, string Output) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, o.Result + e.Result);
    }
}
