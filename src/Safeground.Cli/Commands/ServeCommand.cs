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
        var demo = new Option<bool>("--demo") { Description = Texts.Render("cli.help.serve.demo") };
        var host = new Option<string>("--host") { Description = Texts.Render("cli.help.serve.host"), DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var port = new Option<int>("--port") { Description = Texts.Render("cli.help.serve.port"), DefaultValueFactory = _ => 8080, HelpName = "N" };
        var anonymous = new Option<bool>("--anonymous") { Description = Texts.Render("cli.help.serve.anonymous") };
        var cmd = new Command("serve", Texts.Render("cli.help.serve")) { store, demo, host, port, anonymous };
        cmd.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(demo) ? "demo.gpkg" : parse.GetValue(store)!;
            if (parse.GetValue(demo) && !File.Exists(path))
            {
                Console.Error.WriteLine(Texts.Render("cli.serve.writing-demo"));
                DemoCommand.Write(path, DemoScale.Operation, DemoOperation.DefaultSeed, cancel);
            }
            StoreOpener.Open(path, create: false).Dispose(); // a missing or foreign file fails here, before listening
            if (!System.Net.IPAddress.TryParse(parse.GetValue(host), out _))
                throw SafegroundException.Invalid(Texts.Render("cli.error.serve.host", ("host", parse.GetValue(host))));
            string? demoPassword = parse.GetValue(demo) ? DemoUsers(path) : null;
            var app = SafegroundServer.Build(new ServerOptions(() => StoreOpener.OpenPooled(path), StoreOpener.Display(path), parse.GetValue(host)!, parse.GetValue(port),
                AllowAnonymous: parse.GetValue(anonymous), WebRoot: Path.Combine(AppContext.BaseDirectory, "web")));
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException e)
            {
                throw SafegroundException.Conflict(Texts.Render("cli.error.serve.cannot-listen", ("host", parse.GetValue(host)), ("port", parse.GetValue(port)), ("message", e.Message)));
            }
            var address = SafegroundServer.Address(app).ToString().TrimEnd('/');
            Console.WriteLine(Texts.Render("cli.serve.serving", ("store", StoreOpener.Display(path)), ("address", address)));
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "index.html")))
                Console.WriteLine(Texts.Render("cli.serve.web-app", ("address", address)));
            if (demoPassword is not null)
            {
                Console.WriteLine(Texts.Render("cli.serve.demo-users", ("users", string.Join(", ", DemoUserNames)), ("password", demoPassword)));
                Console.WriteLine(Texts.Render("cli.serve.try-it"));
                Console.WriteLine($"  curl -s -c cookies.txt -H 'Content-Type: application/json' -d '{{\"username\":\"manager\",\"password\":\"{demoPassword}\"}}' {address}/api/v1/session");
                Console.WriteLine($"  curl -s -b cookies.txt {address}/api/v1/rollups");
                Console.WriteLine(Texts.Render("cli.serve.reference", ("address", address)));
            }
            Console.WriteLine(Texts.Render(parse.GetValue(anonymous) ? "cli.serve.anonymous" : "cli.serve.sign-in"));
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
            Console.Error.WriteLine(Texts.Render("cli.serve.stopped"));
            return SafegroundCli.Ok;
        });
        return cmd;
    }
}
