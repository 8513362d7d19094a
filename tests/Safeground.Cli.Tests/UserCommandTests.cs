using Safeground.Core.Access;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground user add/list/disable/token</c> on a demo store.</summary>
public class UserCommandTests
{
    [Fact]
    public void Users_are_added_listed_disabled_and_given_tokens_from_the_cli()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        string org;
        using (var store = GeoPackageStore.Open(dir.File("s.gpkg"), create: false)) org = store.Organisations()[0].Id;

        var add = CliRun.RunWithInput(dir.Path, "a long password\n", "user", "add", "maria", "--role", "data-manager", "--organisation", org,
            "--name", "Maria Kovalenko", "--password-stdin", "--store", "s.gpkg");
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("maria", add.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.RunWithInput(dir.Path, "another long one\n", "user", "add", "ivan", "--role", "viewer", "--password-stdin", "--store", "s.gpkg").ExitCode);

        var list = CliRun.Run(dir.Path, "user", "list", "--store", "s.gpkg");
        Assert.True(list.ExitCode == 0, list.ToString());
        foreach (var expected in new[] { "maria", "Maria Kovalenko", "data-manager", org, "ivan", "viewer", "(authority)" })
            Assert.Contains(expected, list.Stdout, StringComparison.Ordinal);

        var token = CliRun.Run(dir.Path, "user", "token", "maria", "--name", "nightly", "--days", "7", "--store", "s.gpkg");
        Assert.True(token.ExitCode == 0, token.ToString());
        var secret = token.Stdout.Trim();
        Assert.True(TokenSecret.IsWellFormed(secret), secret);

        Assert.Equal(0, CliRun.Run(dir.Path, "user", "disable", "ivan", "--store", "s.gpkg").ExitCode);
        using (var store = GeoPackageStore.Open(dir.File("s.gpkg"), create: false))
        {
            var maria = store.FindUser("maria")!;
            Assert.Equal(Role.DataManager, maria.User.Role);
            Assert.Equal(org, maria.User.OrganisationId);
            Assert.True(PasswordHasher.Verify("a long password", maria.PasswordHash));
            Assert.Equal(600_000, PasswordHasher.IterationsOf(maria.PasswordHash));
            var t = store.FindToken(TokenSecret.Hash(secret))!;
            Assert.Equal("maria", t.Username);
            Assert.Equal(TokenKind.Api, t.Kind);
            Assert.True(store.FindUser("ivan")!.User.Disabled);
            var log = store.AuditLog(0, 10).Items;
            Assert.Contains(log, e => e.Action == "user disable" && e.TargetId == "ivan");
            Assert.Contains(log, e => e.Action == "user add" && e.TargetId == "maria");
        }
        var json = CliRun.Run(dir.Path, "user", "list", "--json", "--store", "s.gpkg");
        // The shape of GET /api/v1/session/me plus what an administrator's list shows (indented, as every --json).
        Assert.Contains(System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray(), u => u.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public void Tokens_are_listed_without_secrets_revoked_one_at_a_time_and_a_disabled_user_enabled_again_all_audited()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Assert.Equal(0, CliRun.RunWithInput(dir.Path, "a long password\n", "user", "add", "ivan", "--role", "viewer", "--password-stdin", "--store", "s.gpkg").ExitCode);
        var nightly = CliRun.Run(dir.Path, "user", "token", "ivan", "--name", "nightly", "--store", "s.gpkg").Stdout.Trim();
        var weekly = CliRun.Run(dir.Path, "user", "token", "ivan", "--name", "weekly", "--store", "s.gpkg").Stdout.Trim();
        string nightlyId = TokenSecret.Hash(nightly)[..AccessToken.IdLength], weeklyId = TokenSecret.Hash(weekly)[..AccessToken.IdLength];

        var list = CliRun.Run(dir.Path, "user", "tokens", "ivan", "--store", "s.gpkg");
        Assert.True(list.ExitCode == 0, list.ToString());
        foreach (var expected in new[] { nightlyId, weeklyId, "nightly", "weekly", "api", "CLI (", "never", "active" })
            Assert.Contains(expected, list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(nightly, list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenSecret.Hash(nightly), list.Stdout, StringComparison.Ordinal);

        var revoke = CliRun.Run(dir.Path, "user", "token", "revoke", nightlyId, "--store", "s.gpkg");
        Assert.True(revoke.ExitCode == 0, revoke.ToString());
        var json = CliRun.Run(dir.Path, "user", "tokens", "ivan", "--json", "--store", "s.gpkg").Stdout;
        var tokens = System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("revoked").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { [nightlyId] = true, [weeklyId] = false }, tokens);
        var unknown = CliRun.Run(dir.Path, "user", "token", "revoke", "0000000000000000", "--store", "s.gpkg");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("'0000000000000000' does not exist", unknown.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Run(dir.Path, "user", "disable", "ivan", "--store", "s.gpkg").ExitCode);
        var enable = CliRun.Run(dir.Path, "user", "enable", "ivan", "--store", "s.gpkg");
        Assert.True(enable.ExitCode == 0, enable.ToString());
        using var store = GeoPackageStore.Open(dir.File("s.gpkg"), create: false);
        Assert.False(store.FindUser("ivan")!.User.Disabled);
        Assert.True(store.FindToken(TokenSecret.Hash(weekly))!.IsValidAt(DateTimeOffset.UtcNow));
        var log = store.AuditLog(0, 20).Items;
        Assert.Contains(log, e => e.Action == "user token revoke" && e.TargetId == nightlyId);
        Assert.Contains(log, e => e.Action == "user enable" && e.TargetId == "ivan");
    }

    [Fact]
    public void An_unknown_role_organisation_or_user_is_named()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var role = CliRun.RunWithInput(dir.Path, "a long password\n", "user", "add", "x", "--role", "superuser", "--password-stdin", "--store", "s.gpkg");
        Assert.Equal(1, role.ExitCode);
        Assert.Contains("'superuser'", role.Stderr, StringComparison.Ordinal);
        var org = CliRun.RunWithInput(dir.Path, "a long password\n", "user", "add", "x", "--role", "viewer", "--organisation", "ORG-NOPE", "--password-stdin", "--store", "s.gpkg");
        Assert.Equal(1, org.ExitCode);
        Assert.Contains("ORG-NOPE", org.Stderr, StringComparison.Ordinal);
        var noTerminal = CliRun.Run(dir.Path, "user", "add", "x", "--role", "viewer", "--store", "s.gpkg");
        Assert.Equal(1, noTerminal.ExitCode);
        Assert.Contains("--password-stdin", noTerminal.Stderr, StringComparison.Ordinal);
        var disable = CliRun.Run(dir.Path, "user", "disable", "nobody", "--store", "s.gpkg");
        Assert.Equal(1, disable.ExitCode);
        Assert.Contains("nobody", disable.Stderr, StringComparison.Ordinal);
        var token = CliRun.Run(dir.Path, "user", "token", "nobody", "--name", "x", "--store", "s.gpkg");
        Assert.Equal(1, token.ExitCode);
        Assert.Contains("nobody", token.Stderr, StringComparison.Ordinal);
    }
}

/// <summary><c>serve --demo</c> gives a newcomer users to sign in with: one password, new at every start, never in the code.</summary>
public class ServeDemoUsersTests
{
    [Fact]
    public void The_demo_users_get_a_fresh_random_password_at_every_start()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "demo.gpkg", "--no-status").ExitCode);
        var first = Commands.ServeCommand.DemoUsers(dir.File("demo.gpkg"));
        var second = Commands.ServeCommand.DemoUsers(dir.File("demo.gpkg"));
        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 12);
        using var store = GeoPackageStore.Open(dir.File("demo.gpkg"), create: false);
        Assert.Equal(["admin", "manager", "reporter", "viewer"], store.Users().Select(u => u.Username));
        foreach (var name in Commands.ServeCommand.DemoUserNames)
        {
            Assert.True(PasswordHasher.Verify(second, store.FindUser(name)!.PasswordHash), name);
            Assert.False(PasswordHasher.Verify(first, store.FindUser(name)!.PasswordHash), name);
        }
        Assert.Equal(Role.DataManager, store.FindUser("manager")!.User.Role);
        Assert.Null(store.FindUser("manager")!.User.OrganisationId);
        Assert.Equal(Role.FieldReporter, store.FindUser("reporter")!.User.Role);
        Assert.NotNull(store.FindUser("reporter")!.User.OrganisationId);
        var help = CliRun.Run(dir.Path, "serve", "--help");
        Assert.Contains("--anonymous", help.Stdout, StringComparison.Ordinal);
    }
}
