using System.Diagnostics;

namespace Safeground.Cli.Tests;

/// <summary>Runs the built <c>safeground</c> command as a user would, in its own process.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

internal static class CliRun
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "safeground.dll");

    public static ProcessStartInfo StartInfo(string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["COLUMNS"] = "160";
        // English unless a test asks otherwise: a developer whose shell is in Ukrainian still gets the asserted words.
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment.Remove("LC_ALL");
        psi.Environment.Remove("LC_MESSAGES");
        psi.Environment.Remove("LANGUAGE");
        return psi;
    }

    public static CliResult Run(string workDir, params string[] args) => Run(StartInfo(workDir, args), args);

    /// <summary>Runs the command with <paramref name="stdin"/> as its standard input.</summary>
    public static CliResult RunWithInput(string workDir, string stdin, params string[] args)
    {
        var psi = StartInfo(workDir, args);
        psi.RedirectStandardInput = true;
        return Run(psi, args, stdin);
    }

    /// <summary>Runs the command with these environment variables set (a token that must not appear in the process list).</summary>
    public static CliResult RunWithEnvironment(string workDir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = StartInfo(workDir, args);
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        return Run(psi, args);
    }

    /// <summary>Runs the command and sends it <paramref name="signal"/> (INT, TERM, KILL) after <paramref name="seconds"/>.</summary>
    public static CliResult RunWithSignal(string workDir, string signal, int seconds, params string[] args)
    {
        var psi = StartInfo(workDir, args);
        var command = new List<string> { "--preserve-status", "-s", signal, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), psi.FileName };
        command.AddRange(psi.ArgumentList);
        psi.FileName = "timeout";
        psi.ArgumentList.Clear();
        foreach (var a in command) psi.ArgumentList.Add(a);
        return Run(psi, args);
    }

    private static CliResult Run(ProcessStartInfo psi, string[] args, string? stdin = null)
    {
        using var p = Process.Start(psi)!;
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("safeground " + string.Join(' ', args) + " did not finish in 5 minutes");
        }
        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}
