using Microsoft.Extensions.Hosting;

namespace Safeground.Server;

/// <summary>
/// The host's lifetime belongs to whoever hosts the server: the CLI handles Ctrl-C and SIGTERM itself,
/// tests stop it directly. The default console lifetime would also take over the terminal (and a
/// process in a background process group is stopped by the kernel when it does).
/// </summary>
internal sealed class HostedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
