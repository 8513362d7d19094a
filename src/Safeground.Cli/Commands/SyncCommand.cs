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
        store.Description = Texts.Render("cli.help.sync.store", ("default", CommonOptions.DefaultStore));
        var server = new Option<string?>("--server") { Description = Texts.Render("cli.help.sync.server"), HelpName = "URL" };
        var token = new Option<string?>("--token") { Description = Texts.Render("cli.help.sync.token", ("variable", TokenVariable)), HelpName = "TOKEN" };
        var with = new Option<string?>("--with") { Description = Texts.Render("cli.help.sync.with"), HelpName = "STORE" };
        var batch = new Option<int>("--batch") { Description = Texts.Render("cli.help.sync.batch", ("max", StorePeer.MaxBatch)), DefaultValueFactory = _ => 500, HelpName = "N" };
        var json = CommonOptions.Json();
        var cmd = new Command("sync", Texts.Render("cli.help.sync"))
        {
            store, server, token, with, batch, json,
        };
        cmd.SetAction((parse, cancel) =>
        {
            var kitPath = parse.GetValue(store)!;
            var url = parse.GetValue(server);
            var other = parse.GetValue(with);
            if ((url is null) == (other is null)) throw Usage(Texts.Render("cli.error.sync.server-or-with", ("variable", TokenVariable)));
            if (other is not null && Path.GetFullPath(other) == Path.GetFullPath(kitPath)) throw Usage(Texts.Render("cli.error.sync.with-itself", ("store", other)));
            using var kit = StoreOpener.Open(kitPath, create: false);
            using var peer = Peer(url, parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable), other);
            int batches = 0;
            var sync = new FieldKitSync(kit, peer.Peer)
            {
                BatchSize = parse.GetValue(batch),
                Progress = line =>
                {
                    if (!Console.IsErrorRedirected || ++batches % 20 == 0) Console.Error.WriteLine(Texts.Render("cli.sync.progress", ("line", line)));
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
                Console.Error.WriteLine(SafegroundCli.Error(Texts.Render("cli.sync.interrupted")));
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
            if (string.IsNullOrWhiteSpace(token)) throw Usage(Texts.Render("cli.error.sync.no-token", ("variable", TokenVariable)));
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
