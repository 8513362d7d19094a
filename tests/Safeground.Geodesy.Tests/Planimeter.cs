using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Safeground.Geodesy.Tests;

/// <summary>Runs GeographicLib's Planimeter (default -G series mode) as the live oracle.</summary>
internal static class Planimeter
{
    public const string Path = "/usr/bin/Planimeter";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>
    /// Signed area (m², counter-clockwise positive) of each ring, given as (lat, lon) decimal strings
    /// so that Planimeter parses exactly the text the C# side parsed.
    /// </summary>
    public static double[] Areas(IReadOnlyList<IReadOnlyList<(string Lat, string Lon)>> rings)
    {
        var input = new StringBuilder();
        foreach (IReadOnlyList<(string Lat, string Lon)> ring in rings)
        {
            foreach ((string lat, string lon) in ring)
            {
                input.Append(lat).Append(' ').Append(lon).Append('\n');
            }

            // A blank line ends one polygon and starts the next.
            input.Append('\n');
        }

        var psi = new ProcessStartInfo(Path, ["-p", "10"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(psi)!;
        // Read concurrently so a full stdout pipe can never block Planimeter while we still write.
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToString());
        process.StandardInput.Close();
        process.WaitForExit();
        string output = stdout.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, "Planimeter failed: " + stderr.GetAwaiter().GetResult());

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rings.Count, lines.Length);
        var areas = new double[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            // "<vertex count> <perimeter m> <area m²>"
            string[] fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(rings[i].Count, int.Parse(fields[0], CultureInfo.InvariantCulture));
            areas[i] = double.Parse(fields[2], CultureInfo.InvariantCulture);
        }

        return areas;
    }
}
