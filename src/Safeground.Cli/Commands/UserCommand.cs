using System.CommandLine;
using System.Globalization;
using System.Text;
using Safeground.Core;
using Safeground.Core.Access;
using Spectre.Console;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground user add|list|disable|enable|token|tokens</c>: the people and scripts who may use the server. Passwords are
/// read from stdin (<c>--password-stdin</c>) or typed without echo; API tokens are printed once and stored only as hashes,
/// listed by id (<c>user tokens NAME</c>) and revoked one at a time (<c>user token revoke ID</c>). Every change is audited.
/// </summary>
public static class UserCommand
{
    public static Command Create()
    {
        var cmd = new Command("user", "Users of the server: add, list, disable, enable, and API tokens for scripts");
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(SetDisabled(disabled: true));
        cmd.Subcommands.Add(SetDisabled(disabled: false));
        cmd.Subcommands.Add(Token());
        cmd.Subcommands.Add(UserTokenCommands.List());
        return cmd;
    }

    private static Argument<string> Username() => new("username") { Description = "The login name" };

    private static Command Add()
    {
        var username = Username();
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", RoleNames.All)}", Required = true, HelpName = "ROLE" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = "The operator the user works for (an organisation id of the store); leave out for the national authority", HelpName = "ORG" };
        var name = new Option<string?>("--name") { Description = "Display name (default: the username)", HelpName = "NAME" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin (for scripts)" };
        var store = CommonOptions.Store();
        var cmd = new Command("add", "Add a user; the password is read from stdin (--password-stdin) or typed twice without echo") { username, role, organisation, name, passwordStdin, store };
        cmd.SetAction(parse =>
        {
            var r = RoleNames.Parse(parse.GetValue(role)!);
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var org = parse.GetValue(organisation);
            if (org is not null && s.Organisations().All(o => o.Id != org))
                throw SafegroundException.Invalid($"organisation '{org}' does not exist in {path}; known: {string.Join(", ", s.Organisations().Select(o => o.Id))}");
            var password = parse.GetValue(passwordStdin) ? ReadLineFromStdin() : Prompt();
            var user = UserAccounts.Add(s, parse.GetValue(username)!, parse.GetValue(name), r, org, password, DateTimeOffset.UtcNow);
            Audit(s, "user add", user.Username);
            Console.WriteLine($"Added {user.Username} ({RoleNames.Of(user.Role)}, {user.OrganisationId ?? "national authority"}) to {path}.");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("list", "The users: username, name, role, organisation, disabled, created") { store, json };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var users = s.Users();
            if (parse.GetValue(json))
            {
                // The shape of GET /api/v1/session/me, with what only an administrator's list shows.
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(users.Select(Contracts.UserView.ForAdmin), Contracts.ContractJson.Indented));
                return SafegroundCli.Ok;
            }
            if (users.Count == 0)
            {
                Console.WriteLine($"No users in {path}; add one with 'safeground user add USERNAME --role admin'.");
                return SafegroundCli.Ok;
            }
            var t = new Table().AddColumns("username", "name", "role", "organisation", "disabled", "created");
            foreach (var u in users)
            {
                t.AddRow(Markup.Escape(u.Username), Markup.Escape(u.DisplayName), RoleNames.Of(u.Role), Markup.Escape(u.OrganisationId ?? "(authority)"),
                    u.Disabled ? "yes" : "no", u.Created.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(t);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command SetDisabled(bool disabled)
    {
        var username = Username();
        var store = CommonOptions.Store();
        var cmd = disabled
            ? new Command("disable", "Disable a user: no more sign-in, and its sessions and tokens stop working") { username, store }
            : new Command("enable", "Enable a disabled user again: sign-in works, and its tokens that have neither expired nor been revoked work again") { username, store };
        var verb = disabled ? "disable" : "enable";
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            using (var tx = s.BeginWrite())
            {
                tx.SetDisabled(parse.GetValue(username)!, disabled);
                tx.AppendAudit(AuditEntryOf("user " + verb, parse.GetValue(username)!));
                tx.Commit();
            }
            Console.WriteLine($"{(disabled ? "Disabled" : "Enabled")} {parse.GetValue(username)} in {path}.");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Token()
    {
        var username = Username();
        var name = new Option<string>("--name") { Description = "What the token is for (e.g. the script's name)", Required = true, HelpName = "NAME" };
        var days = new Option<int>("--days") { Description = $"Valid for this many days (default 90, at most {UserAccounts.MaxTokenDays})", DefaultValueFactory = _ => 90, HelpName = "N" };
        var store = CommonOptions.Store();
        var cmd = new Command("token", "Issue an API token for a user, printed once (send it as 'Authorization: Bearer TOKEN'); 'token revoke ID' revokes one")
            { username, name, days, store };
        cmd.Subcommands.Add(UserTokenCommands.Revoke());
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var (secret, token) = UserAccounts.IssueToken(s, parse.GetValue(username)!, parse.GetValue(name)!, parse.GetValue(days), DateTimeOffset.UtcNow,
                origin: $"CLI ({Environment.UserName})");
            Audit(s, "user token", token.Username);
            Console.Error.WriteLine($"API token '{token.Name}' (id {token.Id}) for {token.Username}, valid until {token.Expires:yyyy-MM-dd}. It is shown once; keep it secret:");
            Console.WriteLine(secret);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    internal static void Audit(Core.Storage.ISafegroundStore store, string action, string target)
    {
        using var tx = store.BeginWrite();
        tx.AppendAudit(AuditEntryOf(action, target));
        tx.Commit();
    }

    // The CLI works on the file directly: the audit line names the operating-system user and "cli" as the place.
    private static AuditEntry AuditEntryOf(string action, string target) =>
        new(DateTimeOffset.UtcNow, Environment.UserName, "cli", "CLI", "safeground " + action, action, target, 0);

    private static string ReadLineFromStdin() =>
        Console.In.ReadLine() is { Length: > 0 } line ? line.TrimEnd('\r') : throw SafegroundException.Invalid("--password-stdin: stdin is empty");

    private static string Prompt()
    {
        if (Console.IsInputRedirected) throw SafegroundException.Invalid("no terminal to type the password: use --password-stdin");
        var first = HiddenInput.Read("Password: ");
        var second = HiddenInput.Read("Again: ");
        return first == second ? first : throw SafegroundException.Invalid("the two passwords differ");
    }
}
