using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>safeground serve --demo --port 0</c> as a newcomer runs it: it writes the demo, prints where it
/// listens, answers over HTTP from another process, and stops cleanly on Ctrl-C (SIGINT) leaving the
/// GeoPackage a single file. While it serves, <c>safeground backup</c> copies the store and <c>restore</c> onto it is refused.
/// </summary>
public partial class ServeEndToEndTests
{
    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+)/?")]
    private static partial Regex AddressLine();

    [GeneratedRegex(@"password for all of them[^:]*: (\S+)")]
    private static partial Regex PasswordLine();

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
            string? password = null;
            while (password is null && await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1)) is { } line)
                if (PasswordLine().Match(line) is { Success: true } m) password = m.Groups[1].Value;
            Assert.NotNull(password);
            var stdoutRest = server.StandardOutput.ReadToEndAsync();

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var landing = await http.GetAsync(new Uri(address + "/"));
            Assert.True(landing.IsSuccessStatusCode, landing.ToString());
            Assert.Contains("Safeground", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var ogc = await http.GetAsync(new Uri(address + "/ogc/conformance"));
            Assert.True(ogc.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Unauthorized, ogc.ToString());

            // Online backup while serving: a signed-in request has the store open in the server's pool.
            using var signIn = await http.PostAsync(new Uri(address + "/api/v1/session"),
                new StringContent($$"""{"username":"viewer","password":"{{password}}"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.True(signIn.IsSuccessStatusCode, signIn.ToString());
            var backup = CliRun.Run(dir.Path, "backup", "while-serving.gpkg", "--store", "demo.gpkg");
            Assert.True(backup.ExitCode == 0, backup.ToString());
            var restore = CliRun.Run(dir.Path, "restore", "while-serving.gpkg", "--store", "demo.gpkg");
            Assert.NotEqual(0, restore.ExitCode);
            Assert.Contains("is in use", restore.Stderr, StringComparison.Ordinal);

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
