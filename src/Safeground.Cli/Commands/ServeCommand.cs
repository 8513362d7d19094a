using System.CommandLine;
using Safeground.Core;
using Safeground.Core.Demo;
using Safeground.Server;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground serve</c>: the REST API and OGC API – Features over a store, on loopback unless told
/// otherwise (the data is sensitive). <c>--demo</c> serves demo.gpkg, writing it first if it is missing.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var demo = new Option<bool>("--demo") { Description = "Serve demo.gpkg in the current folder (written first if missing) instead of --store" };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: this machine only)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var port = new Option<int>("--port") { Description = "TCP port (default 8080)", DefaultValueFactory = _ => 8080, HelpName = "N" };
        var cmd = new Command("serve", "Serve the store over HTTP: REST API (/api/v1) and OGC API – Features (/ogc) for QGIS, ArcGIS and GDAL") { store, demo, host, port };
        cmd.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(demo) ? "demo.gpkg" : parse.GetValue(store)!;
            if (parse.GetValue(demo) && !File.Exists(path))
            {
                Console.Error.WriteLine("serve: writing the demo operation to demo.gpkg first...");
                DemoCommand.Write(path, DemoScale.Operation, DemoOperation.DefaultSeed, cancel);
            }
            StoreOpener.Open(path, create: false).Dispose(); // a missing or foreign file fails here, before listening
            if (!System.Net.IPAddress.TryParse(parse.GetValue(host), out _))
                throw SafegroundException.Invalid($"--host {parse.GetValue(host)}: not an IP address");
            var app = SafegroundServer.Build(new ServerOptions(() => StoreOpener.OpenPooled(path), Path.GetFullPath(path), parse.GetValue(host)!, parse.GetValue(port)));
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException e)
            {
                throw SafegroundException.Conflict($"cannot listen on {parse.GetValue(host)}:{parse.GetValue(port)}: {e.Message}");
            }
            Console.WriteLine($"Safeground serves {path} at {SafegroundServer.Address(app)} (REST API /api/v1, OGC API – Features /ogc). Ctrl-C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: a clean stop, not an interrupted write.
            }
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            StoreOpener.ClosePool(path);
            Console.Error.WriteLine("serve: stopped.");
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
