using System.CommandLine;
using Safeground.Core;
using Safeground.Demo;
using Safeground.Server;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground serve</c>: the REST API and OGC API – Features over a store, on loopback unless told
/// otherwise (the data is sensitive). <c>--demo</c> serves demo.gpkg, writing it first if it is missing.
/// </summary>
public static class ServeCommand
{
    public static readonly string[] DemoUserNames = ["admin", "manager", "reporter", "viewer"];

    /// <summary>
    /// The demo's users (admin; manager, a data manager of the national authority; reporter, a field reporter of the first
    /// organisation; viewer), all with one random password made now: created when missing, their password replaced when present.
    /// </summary>
    public static string DemoUsers(string path)
    {
        // 16 letters and digits (about 95 bits): easy to copy, never starting with '-'.
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var password = System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 16);
        var hash = Core.Access.PasswordHasher.Hash(password);
        using var s = StoreOpener.Open(path, create: false);
        var firstOrganisation = s.Organisations().OrderBy(o => o.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;
        (string Name, string Display, Core.Access.Role Role, string? Org)[] users =
        [
            ("admin", "Demo administrator", Core.Access.Role.Admin, null),
            ("manager", "Demo data manager (national authority)", Core.Access.Role.DataManager, null),
            ("reporter", $"Demo field reporter ({firstOrganisation})", Core.Access.Role.FieldReporter, firstOrganisation),
            ("viewer", "Demo viewer", Core.Access.Role.Viewer, null),
        ];
        using var tx = s.BeginWrite();
        foreach (var (name, display, role, org) in users)
        {
            if (s.FindUser(name) is null) tx.AddUser(new Core.Access.User(name, display, role, org, false, DateTimeOffset.UtcNow), hash);
            else tx.SetPassword(name, hash);
        }
        tx.Commit();
        return password;
    }

    public static Command Create()
    {
        var store = CommonOptions.Store();
        var demo = new Option<bool>("--demo") { Description = "Serve demo.gpkg in the current folder (written first if missing) instead of --store" };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: this machine only)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var port = new Option<int>("--port") { Description = "TCP port (default 8080)", DefaultValueFactory = _ => 8080, HelpName = "N" };
        var anonymous = new Option<bool>("--anonymous") { Description = "Let callers without credentials read approved data (off by default: everything but login needs a user)" };
        var cmd = new Command("serve", "Serve the store over HTTP: REST API (/api/v1), OGC API – Features (/ogc) and vector tiles (/tiles) for QGIS, ArcGIS, GDAL and web maps") { store, demo, host, port, anonymous };
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
            string? demoPassword = parse.GetValue(demo) ? DemoUsers(path) : null;
            var app = SafegroundServer.Build(new ServerOptions(() => StoreOpener.OpenPooled(path), StoreOpener.Display(path), parse.GetValue(host)!, parse.GetValue(port),
                AllowAnonymous: parse.GetValue(anonymous), WebRoot: Path.Combine(AppContext.BaseDirectory, "web")));
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException e)
            {
                throw SafegroundException.Conflict($"cannot listen on {parse.GetValue(host)}:{parse.GetValue(port)}: {e.Message}");
            }
            var address = SafegroundServer.Address(app).ToString().TrimEnd('/');
            Console.WriteLine($"Safeground serves {StoreOpener.Display(path)} at {address}/ (REST API /api/v1, OGC API – Features /ogc, vector tiles /tiles). Ctrl-C stops.");
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "index.html")))
                Console.WriteLine($"Web app: {address}/app/");
            if (demoPassword is not null)
            {
                Console.WriteLine($"Demo users {string.Join(", ", DemoUserNames)}; password for all of them (new at every start): {demoPassword}");
                Console.WriteLine("Try it:");
                Console.WriteLine($"  curl -s -c cookies.txt -H 'Content-Type: application/json' -d '{{\"username\":\"manager\",\"password\":\"{demoPassword}\"}}' {address}/api/v1/session");
                Console.WriteLine($"  curl -s -b cookies.txt {address}/api/v1/rollups");
                Console.WriteLine($"  API reference: {address}/api/v1/reference   QGIS: OGC API – Features {address}/ogc, vector tiles {address}/tiles/tiles.json");
            }
            Console.WriteLine(parse.GetValue(anonymous) ? "Anonymous callers may read approved data (--anonymous)." : "Every request but login needs a user: sign in with POST /api/v1/session or send an API token.");
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
