using System.CommandLine;
using Safeground.Cli.Output;
using Safeground.Cli.Sync;
using Safeground.Core;
using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Sync;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground sync --store KIT.gpkg (--server URL | --with STORE)</c>: a field kit exchanges reports with the national
/// side (Core's <see cref="FieldKitSync"/>). The token is read from <c>SAFEGROUND_TOKEN</c> when <c>--token</c> is not
/// given, so that it need not appear in the process list.
/// </summary>
public static class SyncCommand
{
    public const string TokenVariable = "SAFEGROUND_TOKEN";

    public static Command Create()
    {
        var store = CommonOptions.Store();
        store.Description = "The field kit: a GeoPackage file (default safeground.gpkg)";
        var server = new Option<string?>("--server") { Description = "The national Safeground server (http://host:port)", HelpName = "URL" };
        var token = new Option<string?>("--token") { Description = $"An API token ('safeground user token'); default: the environment variable {TokenVariable}", HelpName = "TOKEN" };
        var with = new Option<string?>("--with") { Description = "Sync directly with a store instead of a server (a .gpkg file)", HelpName = "STORE" };
        var batch = new Option<int>("--batch") { Description = $"Reports per batch, each committed on its own (1..{StorePeer.MaxBatch})", DefaultValueFactory = _ => 500, HelpName = "N" };
        var json = CommonOptions.Json();
        var cmd = new Command("sync", "Exchange reports with the national side: the kit's new reports go there as submissions; its decisions and reports of the kit's area come back")
        {
            store, server, token, with, batch, json,
        };
        cmd.SetAction((parse, cancel) =>
        {
            var kitPath = parse.GetValue(store)!;
            var url = parse.GetValue(server);
            var other = parse.GetValue(with);
            if ((url is null) == (other is null)) throw Usage("sync: give either --server URL (with --token or SAFEGROUND_TOKEN) or --with STORE");
            if (other is not null && Path.GetFullPath(other) == Path.GetFullPath(kitPath)) throw Usage($"sync: --with {other} is the kit itself");
            using var kit = StoreOpener.Open(kitPath, create: false);
            using var peer = Peer(url, parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable), other);
            int batches = 0;
            var sync = new FieldKitSync(kit, peer.Peer)
            {
                BatchSize = parse.GetValue(batch),
                Progress = line =>
                {
                    if (!Console.IsErrorRedirected || ++batches % 20 == 0) Console.Error.WriteLine($"sync: {line}");
                },
            };
            SyncResult result;
            try
            {
                result = sync.Run(cancel);
            }
            // Ctrl-C during a response's read may surface as the disposed response rather than a cancellation.
            catch (Exception e) when (e is OperationCanceledException || (e is ObjectDisposedException or IOException && cancel.IsCancellationRequested))
            {
                Console.Error.WriteLine("safeground: sync interrupted; the batches already exchanged are kept on both sides, nothing is half-written. Run 'safeground sync' again to finish.");
                return Task.FromResult(SafegroundCli.Interrupted);
            }
            SyncPrinter.Print(result, kitPath, peer.Peer.Location, parse.GetValue(json));
            return Task.FromResult(SafegroundCli.Ok);
        });
        return cmd;
    }

    private static SafegroundException Usage(string message)
    {
        var e = SafegroundException.Invalid(message);
        e.Data["usage"] = true;
        return e;
    }

    private static OpenPeer Peer(string? url, string? token, string? store)
    {
        if (url is not null)
        {
            if (string.IsNullOrWhiteSpace(token)) throw Usage($"sync: --server needs an API token: --token TOKEN or the environment variable {TokenVariable} ('safeground user token USER' issues one)");
            var http = new HttpSyncPeer(url, token.Trim());
            return new OpenPeer(http, http);
        }
        var national = StoreOpener.Open(store!, create: false);
        return new OpenPeer(new StorePeer(national, new ReportLifecycle(national, TimeProvider.System, StoredProgramme.Of(national))), national);
    }

    /// <summary>The peer and what must be closed with it (the HTTP client, or the national store).</summary>
    private sealed record OpenPeer(ISyncPeer Peer, IDisposable Owned) : IDisposable
    {
        public void Dispose() => Owned.Dispose();
    }
}
