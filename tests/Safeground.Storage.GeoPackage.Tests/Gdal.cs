using System.Diagnostics;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// GDAL's own tools, the real-client check of our files. Absent GDAL lets a developer's run pass
/// quietly, but on CI (env CI set) it is a failure: the check must never silently vanish there.
/// </summary>
public static class Gdal
{
    public const string Validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";
    private const string Python = "/usr/bin/python3";

    /// <summary>False when GDAL is missing outside CI (the test returns early); throws when it is missing on CI.</summary>
    public static bool Available()
    {
        bool present = File.Exists(Validator) && File.Exists(Python) && Which("ogrinfo") is not null;
        if (present) return true;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail("GDAL (gdal-bin, python3-gdal) is required on CI: apt-get install -y gdal-bin python3-gdal");
        }
        return false;
    }

    public static (int ExitCode, string Output) Validate(string path) => Run(Python, Validator, path);

    public static (int ExitCode, string Output) OgrInfo(params string[] args) => Run(Which("ogrinfo")!, args);

    private static (int, string) Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout + stderr.Result);
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
