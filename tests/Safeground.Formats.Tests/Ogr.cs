using System.Diagnostics;

namespace Safeground.Formats.Tests;

/// <summary>
/// Runs GDAL's command-line tools as an independent judge of our files. Where GDAL is missing the
/// tests that need it pass vacuously on a developer machine but fail in CI (env CI set), so CI can
/// never go green without having checked.
/// </summary>
internal static class Ogr
{
    public static bool Available(string tool)
    {
        if (File.Exists("/usr/bin/" + tool) || File.Exists("/usr/local/bin/" + tool))
        {
            return true;
        }

        Assert.True(Environment.GetEnvironmentVariable("CI") is null, $"{tool} (GDAL) is not installed, and CI needs it");
        return false;
    }

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout;
    }

    /// <summary>The "Feature Count: N" that ogrinfo -so reports for the (only) layer.</summary>
    public static long FeatureCount(string ogrinfoOutput)
    {
        const string Label = "Feature Count: ";
        int at = ogrinfoOutput.IndexOf(Label, StringComparison.Ordinal);
        Assert.True(at >= 0, "no feature count in: " + ogrinfoOutput);
        int end = ogrinfoOutput.IndexOf('\n', at);
        return long.Parse(ogrinfoOutput[(at + Label.Length)..end].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
