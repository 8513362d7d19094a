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
        var username = new Argument<string>("username") { Description = "The login name" };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("tokens", "A user's sessions and API tokens, newest first: id, kind, name, origin, created, expires, last used, state (no secrets)")
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
                Console.WriteLine($"{parse.GetValue(username)} has no sessions or API tokens in {path}.");
                return SafegroundCli.Ok;
            }
            var t = new Table().AddColumns("id", "kind", "name", "origin", "created", "expires", "last used", "state");
            foreach (var x in tokens)
            {
                t.AddRow(x.Id, KindOf(x), Markup.Escape(x.Name), Markup.Escape(x.Origin ?? "-"), Time(x.Created), Time(x.Expires),
                    x.LastUsed is { } used ? Time(used) : "never", x.Revoked ? "revoked" : x.IsValidAt(now) ? "active" : "expired");
            }
            AnsiConsole.Write(t);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    public static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = $"The token's id ({AccessToken.IdLength} characters, from 'safeground user tokens NAME')" };
        var store = CommonOptions.Store();
        var cmd = new Command("revoke", "Revoke one session or API token by its id; the user and its other tokens stay as they are") { id, store };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            using var s = StoreOpener.Open(path, create: false);
            var token = UserAccounts.RevokeToken(s, parse.GetValue(id)!);
            UserCommand.Audit(s, "user token revoke", token.Id);
            Console.WriteLine(token.Revoked
                ? $"Token {token.Id} ('{token.Name}' of {token.Username}) was already revoked."
                : $"Revoked token {token.Id} ('{token.Name}' of {token.Username}) in {path}.");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static string KindOf(AccessToken t) => t.Kind == TokenKind.Api ? "api" : "session";

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
