using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>safeground serve --demo --port 0</c> as a newcomer runs it: it writes the demo, prints where it
/// listens, answers over HTTP from another process, and stops cleanly on Ctrl-C (SIGINT) leaving the
/// GeoPackage a single file.
/// </summary>
public partial class ServeEndToEndTests
{
    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+)/?")]
    private static partial Regex AddressLine();

    [Fact]
    public async Task Serve_demo_prints_its_address_answers_and_stops_on_ctrl_c()
    {
        using var dir = new TempDir();
        var psi = CliRun.StartInfo(dir.Path, "serve", "--demo", "--port", "0");
        psi.RedirectStandardInput = true;
        using var server = Process.Start(psi)!;
        var stderr = server.StandardError.ReadToEndAsync();
        try
        {
            string? address = null;
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (address is null && DateTime.UtcNow < deadline)
            {
                var line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(3));
                if (line is null) break;
                var m = AddressLine().Match(line);
                if (m.Success) address = m.Groups[1].Value;
            }
            Assert.True(address is not null, "serve printed no address; stderr: " + (server.HasExited ? await stderr : "(still running)"));
            var stdoutRest = server.StandardOutput.ReadToEndAsync();

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var landing = await http.GetAsync(new Uri(address + "/"));
            Assert.True(landing.IsSuccessStatusCode, landing.ToString());
            Assert.Contains("Safeground", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var ogc = await http.GetAsync(new Uri(address + "/ogc/conformance"));
            Assert.True(ogc.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Unauthorized, ogc.ToString());

            using (var kill = Process.Start("kill", ["-INT", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await stdoutRest;
            Assert.Equal(0, server.ExitCode);
            Assert.Contains("stopped", await stderr, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir.Path, "demo.gpkg")));
            Assert.False(File.Exists(Path.Combine(dir.Path, "demo.gpkg-wal")), "the GeoPackage should be left a single file");
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
    }
}
