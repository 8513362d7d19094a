using System.Text.RegularExpressions;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Access;

/// <summary>Adding users and issuing API tokens, with the checks the CLI and the server share.</summary>
public static partial class UserAccounts
{
    public const int MinPasswordLength = 10;
    public const int MaxTokenDays = 366;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")]
    private static partial Regex UsernamePattern();

    /// <summary>Adds a user; the organisation must exist in the store (null: the national authority).</summary>
    /// <exception cref="SafegroundException">Invalid username, password or organisation; Conflict when the username is taken.</exception>
    public static User Add(ISafegroundStore store, string username, string? displayName, Role role, string? organisationId, string password, DateTimeOffset now,
        int iterations = PasswordHasher.DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(password);
        if (!UsernamePattern().IsMatch(username ?? ""))
            throw SafegroundException.Invalid(Texts.Render("error.access.username-letters-digits-starting-with", ("username", username)));
        if (password.Length < MinPasswordLength)
            throw SafegroundException.Invalid(Texts.Render("error.access.password-least-characters", ("minPasswordLength", MinPasswordLength)));
        if (organisationId is not null && store.Organisations().All(o => o.Id != organisationId))
            throw SafegroundException.Invalid(Texts.Render("error.access.organisation-does-not-exist-leave", ("organisationId", organisationId), ("location", store.Location)));
        var user = new User(username!, string.IsNullOrWhiteSpace(displayName) ? username! : displayName.Trim(), role, organisationId, false, now);
        using var tx = store.BeginWrite();
        tx.AddUser(user, PasswordHasher.Hash(password, iterations));
        tx.Commit();
        return user;
    }

    /// <summary>Issues an API token for <paramref name="username"/>: stores its hash, returns the secret (shown once).</summary>
    /// <param name="origin">How it is issued, shown in the owner's token list (e.g. "web session 1a2b…").</param>
    public static (string Secret, AccessToken Token) IssueToken(ISafegroundStore store, string username, string name, int days, DateTimeOffset now,
        TokenKind kind = TokenKind.Api, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) throw SafegroundException.Invalid(Texts.Render("error.access.token-name-required-most-characters"));
        if (days is < 1 or > MaxTokenDays) throw SafegroundException.Invalid(Texts.Render("error.access.days-outside", ("days", days), ("maxTokenDays", MaxTokenDays)));
        var user = store.FindUser(username)?.User ?? throw SafegroundException.NotFound(Texts.Render("error.access.user-does-not-exist", ("username", username), ("location", store.Location)));
        if (user.Disabled) throw SafegroundException.Invalid(Texts.Render("error.access.user-disabled", ("username", username)));
        var secret = TokenSecret.New();
        var token = new AccessToken(TokenSecret.Hash(secret), kind, username, name, now, now.AddDays(days), false, origin);
        using var tx = store.BeginWrite();
        tx.AddToken(token);
        tx.Commit();
        return (secret, token);
    }

    /// <summary>
    /// How often a token's last use is written: a busy script must not turn every read into a write, and a
    /// day-old "last used" still tells its owner whether the token is in use.
    /// </summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    /// <summary>Whether a request let in by <paramref name="token"/> at <paramref name="now"/> should record its use.</summary>
    public static bool ShouldMarkUsed(AccessToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.LastUsed is not { } last || now - last >= LastUsedResolution || now < last;
    }

    /// <summary>The sessions and API tokens of a user, newest first.</summary>
    /// <exception cref="SafegroundException">NotFound when there is no such user.</exception>
    public static IReadOnlyList<AccessToken> TokensOf(IAccessStore store, string username)
    {
        ArgumentNullException.ThrowIfNull(store);
        _ = store.FindUser(username) ?? throw SafegroundException.NotFound(Texts.Render("error.access.user-does-not-exist-2", ("username", username)));
        return store.Tokens(username);
    }

    /// <summary>Revokes the token with this <see cref="AccessToken.Id"/> (again is no error); returns it as it was.</summary>
    /// <exception cref="SafegroundException">NotFound when there is no such token.</exception>
    public static AccessToken RevokeToken(ISafegroundStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        var token = (AccessToken.IsWellFormedId(id) ? store.FindTokenById(id) : null)
            ?? throw SafegroundException.NotFound(Texts.Render("error.access.token-does-not-exist-ids", ("id", id), ("idLength", AccessToken.IdLength)));
        using var tx = store.BeginWrite();
        tx.RevokeToken(token.Hash);
        tx.Commit();
        return token;
    }
}
