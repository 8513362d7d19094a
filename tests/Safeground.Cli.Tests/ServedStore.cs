using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground serve --store FILE --port 0</c> in its own process, as a national server; stopped with Ctrl-C on dispose.</summary>
internal sealed partial class ServedStore : IAsyncDisposable
{
    private readonly Process _server;
    private readonly Task<string> _stderr;

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+)/?")]
    private static partial Regex AddressLine();

    private ServedStore(Process server, Task<string> stderr, string address)
    {
        _server = server;
        _stderr = stderr;
        Address = address;
    }

    public string Address { get; }

    public static async Task<ServedStore> Start(string workDir, string store)
    {
        var server = Process.Start(CliRun.StartInfo(workDir, "serve", "--store", store, "--port", "0"))!;
        var stderr = server.StandardError.ReadToEndAsync();
        string? address = null;
        while (address is null && await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line)
            if (AddressLine().Match(line) is { Success: true } m) address = m.Groups[1].Value;
        if (address is null)
        {
            server.Kill(entireProcessTree: true);
            throw new InvalidOperationException("serve printed no address; stderr: " + await stderr);
        }
        _ = server.StandardOutput.ReadToEndAsync();
        return new ServedStore(server, stderr, address);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            using (var kill = Process.Start("kill", ["-INT", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            try
            {
                await _server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                _server.Kill(entireProcessTree: true);
            }
        }
        await _stderr;
        _server.Dispose();
    }
}
