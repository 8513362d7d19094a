using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Safeground.Geodesy.Tests;

/// <summary>Runs GeographicLib's GeodSolve (direct problem, full output) as the live oracle.</summary>
internal static class GeodSolve
{
    public const string Path = "/usr/bin/GeodSolve";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>
    /// Direct problems, each "lat1 lon1 azi1 s12" (or a12 with <paramref name="arcMode"/>) as decimal
    /// text so GeodSolve parses exactly what the C# side parsed. Returns, per line, the 12 numbers of
    /// GeodSolve -f: lat1 lon1 azi1 lat2 lon2 azi2 s12 a12 m12 M12 M21 S12.
    /// </summary>
    public static double[][] Direct(IReadOnlyList<string> problems, bool arcMode, bool unroll)
    {
        var input = new StringBuilder();
        foreach (string p in problems)
        {
            input.Append(p).Append('\n');
        }

        var arguments = new List<string> { "-f", "-p", "12" };
        if (arcMode) arguments.Add("-a");
        if (unroll) arguments.Add("-u");
        var psi = new ProcessStartInfo(Path, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(psi)!;
        // Read concurrently so a full stdout pipe can never block GeodSolve while we still write.
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToString());
        process.StandardInput.Close();
        process.WaitForExit();
        string output = stdout.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, "GeodSolve failed: " + stderr.GetAwaiter().GetResult());

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(problems.Count, lines.Length);
        var rows = new double[lines.Length][];
        for (int i = 0; i < lines.Length; i++)
        {
            string[] fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(fields.Length == 12, "unexpected GeodSolve line: " + lines[i]);
            rows[i] = Array.ConvertAll(fields, f => double.Parse(f, CultureInfo.InvariantCulture));
        }

        return rows;
    }
}
