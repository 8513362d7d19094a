namespace Safeground.Core.Storage;

/// <summary>
/// Who may do what: users, their session and API tokens, and the audit log. Read on every request by
/// authentication and by the account commands; nothing here is about mine action, so it stands apart.
/// </summary>
public interface IAccessStore
{
    /// <summary>A user with its password hash, or null when there is none of that name.</summary>
    Access.StoredUser? FindUser(string username);

    /// <summary>Every user, by username (disabled ones too).</summary>
    IReadOnlyList<Access.User> Users();

    /// <summary>The session or API token whose secret hashes to <paramref name="hash"/> (see <see cref="Access.TokenSecret.Hash"/>), expired and revoked ones included.</summary>
    Access.AccessToken? FindToken(string hash);

    /// <summary>The token whose <see cref="Access.AccessToken.Id"/> is <paramref name="id"/>, expired and revoked ones included; null when there is none.</summary>
    Access.AccessToken? FindTokenById(string id);

    /// <summary>Every session and API token of <paramref name="username"/> (expired and revoked ones too), newest first.</summary>
    IReadOnlyList<Access.AccessToken> Tokens(string username);

    /// <summary>One page of the audit log, newest first, with the number of lines in all.</summary>
    Page<Access.AuditEntry> AuditLog(int offset, int limit);
}
