using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.Sql;

// Users, tokens and the audit log (schema v4). The audit log is only ever appended to (the schema refuses the rest).
public abstract partial class SqlTransaction
{
    public void AddUser(User user, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        Guard(() =>
        {
            if (Scalar("SELECT 1 FROM users WHERE username = $1", user.Username) is not null)
                throw SafegroundException.Conflict(Texts.Render("store.user-exists", ("location", Location), ("user", user.Username)));
            Run("INSERT INTO users (username, display_name, role, organisation_id, disabled, created_at, password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                user.Username, user.DisplayName, StoredNames.Of(user.Role), user.OrganisationId, Dialect.Flag(user.Disabled), StoredTime.Instant(user.Created), passwordHash);
        });
    }

    public void SetDisabled(string username, bool disabled) => Guard(() =>
    {
        if (Run("UPDATE users SET disabled = $1 WHERE username = $2", Dialect.Flag(disabled), username) == 0)
            throw SafegroundException.NotFound(Texts.Render("store.user-missing", ("location", Location), ("user", username)));
    });

    public void SetPassword(string username, string passwordHash) => Guard(() =>
    {
        if (Run("UPDATE users SET password_hash = $1 WHERE username = $2", passwordHash, username) == 0)
            throw SafegroundException.NotFound(Texts.Render("store.user-missing", ("location", Location), ("user", username)));
    });

    public void AddToken(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        Guard(() =>
        {
            if (Scalar("SELECT 1 FROM users WHERE username = $1", token.Username) is null)
                throw SafegroundException.NotFound(Texts.Render("store.user-missing", ("location", Location), ("user", token.Username)));
            Run("INSERT INTO api_tokens (hash, kind, username, name, created_at, expires_at, revoked, origin, last_used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                token.Hash, StoredNames.Of(token.Kind), token.Username, token.Name, StoredTime.Instant(token.Created), StoredTime.Instant(token.Expires),
                Dialect.Flag(token.Revoked), token.Origin, StoredTime.Instant(token.LastUsed));
        });
    }

    public void RevokeToken(string hash) => Guard(() => Run("UPDATE api_tokens SET revoked = $1 WHERE hash = $2", Dialect.Flag(true), hash));

    public void MarkTokenUsed(string hash, DateTimeOffset at) => Guard(() => Run("UPDATE api_tokens SET last_used_at = $1 WHERE hash = $2", StoredTime.Instant(at), hash));

    public void AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Guard(() => Run(
            "INSERT INTO audit_log (at, username, remote_address, method, path, action, target_id, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            StoredTime.Instant(entry.Time), entry.Username, entry.RemoteAddress, entry.Method, entry.Path, entry.Action, entry.TargetId, entry.Status));
    }
}
