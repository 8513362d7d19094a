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
        var cmd = new Command("user", Texts.Render("cli.help.user"));
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(SetDisabled(disabled: true));
        cmd.Subcommands.Add(SetDisabled(disabled: false));
        cmd.Subcommands.Add(Token());
        cmd.Subcommands.Add(UserTokenCommands.List());
        return cmd;
    }

    private static Argument<string> Username() => new("username") { Description = Texts.Render("cli.help.option.username") };

    private static Command Add()
    {
        var username = Username();
        var role = new Option<string>("--role") { Description = Texts.Render("cli.help.user-add.role", ("roles", string.Join(", ", RoleNames.All))), Required = true, HelpName = "ROLE" };
        var organisation = new Option<string?>("--organisation", "--organization") { Description = Texts.Render("cli.help.user-add.organisation"), HelpName = "ORG" };
        var name = new Option<string?>("--name") { Description = Texts.Render("cli.help.user-add.name"), HelpName = "NAME" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = Texts.Render("cli.help.user-add.password-stdin") };
        var store = CommonOptions.Store();
        var cmd = new Command("add", Texts.Render("cli.help.user-add")) { username, role, organisation, name, passwordStdin, store };
        cmd.SetAction(parse =>
        {
            var r = RoleNames.Parse(parse.GetValue(role)!);
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var org = parse.GetValue(organisation);
            if (org is not null && s.Organisations().All(o => o.Id != org))
                throw SafegroundException.Invalid(Texts.Render("cli.error.user.unknown-organisation", ("organisation", org), ("store", path),
                    ("known", string.Join(", ", s.Organisations().Select(o => o.Id)))));
            var password = parse.GetValue(passwordStdin) ? ReadLineFromStdin() : Prompt();
            var user = UserAccounts.Add(s, parse.GetValue(username)!, parse.GetValue(name), r, org, password, DateTimeOffset.UtcNow);
            Audit(s, "user add", user.Username);
            Console.WriteLine(user.OrganisationId is { } userOrg
                ? Texts.Render("cli.user.added", ("username", user.Username), ("role", Words.Id(user.Role)), ("organisation", userOrg), ("store", path))
                : Texts.Render("cli.user.added-authority", ("username", user.Username), ("role", Words.Id(user.Role)), ("store", path)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("list", Texts.Render("cli.help.user-list")) { store, json };
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
                Console.WriteLine(Texts.Render("cli.user.none", ("store", path)));
                return SafegroundCli.Ok;
            }
            var t = new Table().AddColumns(Texts.Render("cli.user.column.username"), Texts.Render("cli.user.column.name"), Texts.Render("cli.user.column.role"),
                Texts.Render("cli.user.column.organisation"), Texts.Render("cli.user.column.disabled"), Texts.Render("cli.user.column.created"));
            foreach (var u in users)
            {
                t.AddRow(Markup.Escape(u.Username), Markup.Escape(u.DisplayName), RoleNames.Of(u.Role), Markup.Escape(u.OrganisationId ?? Texts.Render("cli.user.authority")),
                    Texts.Render(u.Disabled ? "cli.word.yes" : "cli.word.no"), Texts.Minute(u.Created));
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
            ? new Command("disable", Texts.Render("cli.help.user-disable")) { username, store }
            : new Command("enable", Texts.Render("cli.help.user-enable")) { username, store };
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
            Console.WriteLine(Texts.Render(disabled ? "cli.user.disabled" : "cli.user.enabled", ("username", parse.GetValue(username)), ("store", path)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Token()
    {
        var username = Username();
        var name = new Option<string>("--name") { Description = Texts.Render("cli.help.user-token.name"), Required = true, HelpName = "NAME" };
        var days = new Option<int>("--days") { Description = Texts.Render("cli.help.user-token.days", ("max", UserAccounts.MaxTokenDays)), DefaultValueFactory = _ => 90, HelpName = "N" };
        var store = CommonOptions.Store();
        var cmd = new Command("token", Texts.Render("cli.help.user-token"))
            { username, name, days, store };
        cmd.Subcommands.Add(UserTokenCommands.Revoke());
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var (secret, token) = UserAccounts.IssueToken(s, parse.GetValue(username)!, parse.GetValue(name)!, parse.GetValue(days), DateTimeOffset.UtcNow,
                origin: $"CLI ({Environment.UserName})");
            Audit(s, "user token", token.Username);
            Console.Error.WriteLine(Texts.Render("cli.user.token-issued", ("name", token.Name), ("id", token.Id), ("username", token.Username),
                ("expires", Texts.Day(DateOnly.FromDateTime(token.Expires.DateTime)))));
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
        Console.In.ReadLine() is { Length: > 0 } line ? line.TrimEnd('\r') : throw SafegroundException.Invalid(Texts.Render("cli.error.stdin-empty"));

    private static string Prompt()
    {
        if (Console.IsInputRedirected) throw SafegroundException.Invalid(Texts.Render("cli.error.user.no-terminal"));
        var first = HiddenInput.Read(Texts.Render("cli.prompt.password"));
        var second = HiddenInput.Read(Texts.Render("cli.prompt.password-again"));
        return first == second ? first : throw SafegroundException.Invalid(Texts.Render("cli.error.user.passwords-differ"));
    }
}
