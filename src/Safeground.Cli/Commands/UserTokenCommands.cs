using System.CommandLine;
using System.Globalization;
using Safeground.Core.Access;
using Spectre.Console;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground user tokens NAME</c> and <c>safeground user token revoke ID</c>: a user's sessions and API tokens by id
/// (never their secrets), and revoking one of them without disabling the user.
/// </summary>
internal static class UserTokenCommands
{
    public static Command List()
    {
        var username = new Argument<string>("username") { Description = Texts.Render("cli.help.option.username") };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("tokens", Texts.Render("cli.help.user-tokens"))
            { username, store, json };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var tokens = UserAccounts.TokensOf(s, parse.GetValue(username)!);
            var now = DateTimeOffset.UtcNow;
            if (parse.GetValue(json))
            {
                // The shape of GET /api/v1/users/{name}/tokens.
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(tokens.Select(t => Contracts.TokenView.From(t, now)), Contracts.ContractJson.Indented));
                return SafegroundCli.Ok;
            }
            if (tokens.Count == 0)
            {
                Console.WriteLine(Texts.Render("cli.user.no-tokens", ("username", parse.GetValue(username)), ("store", path)));
                return SafegroundCli.Ok;
            }
            var t = new Table().AddColumns(Texts.Render("cli.token.column.id"), Texts.Render("cli.column.kind"), Texts.Render("cli.user.column.name"),
                Texts.Render("cli.token.column.origin"), Texts.Render("cli.user.column.created"), Texts.Render("cli.token.column.expires"),
                Texts.Render("cli.token.column.last-used"), Texts.Render("cli.token.column.state"));
            foreach (var x in tokens)
            {
                t.AddRow(x.Id, KindOf(x), Markup.Escape(x.Name), Markup.Escape(x.Origin ?? "-"), Time(x.Created), Time(x.Expires),
                    x.LastUsed is { } used ? Time(used) : Texts.Render("cli.token.never"),
                    Texts.Render(x.Revoked ? "cli.token.revoked" : x.IsValidAt(now) ? "cli.token.active" : "cli.token.expired"));
            }
            AnsiConsole.Write(t);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = Texts.Render("cli.help.user-token-revoke.id", ("length", AccessToken.IdLength)) };
        var store = CommonOptions.Store();
        var cmd = new Command("revoke", Texts.Render("cli.help.user-token-revoke")) { id, store };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var token = UserAccounts.RevokeToken(s, parse.GetValue(id)!);
            UserCommand.Audit(s, "user token revoke", token.Id);
            Console.WriteLine(token.Revoked
                ? Texts.Render("cli.token.already-revoked", ("id", token.Id), ("name", token.Name), ("username", token.Username))
                : Texts.Render("cli.token.revoked-now", ("id", token.Id), ("name", token.Name), ("username", token.Username), ("store", path)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static string KindOf(AccessToken t) => Texts.Render(t.Kind == TokenKind.Api ? "cli.token.kind.api" : "cli.token.kind.session");

    private static string Time(DateTimeOffset t) => Texts.Minute(t);
}
