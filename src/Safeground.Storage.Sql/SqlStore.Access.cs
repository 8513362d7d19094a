using System.Data.Common;
using Safeground.Core.Access;
using Safeground.Core.Storage;

namespace Safeground.Storage.Sql;

// Users, tokens and the audit log (schema v4). Parameterised statements only.
public abstract partial class SqlStore
{
    private const string UserColumns = "username, display_name, role, organisation_id, disabled, created_at";

    public StoredUser? FindUser(string username) => RowList(
        $"SELECT {UserColumns}, password_hash FROM users WHERE username = $1",
        r => new StoredUser(ReadUser(r), r.GetString(6)), username).FirstOrDefault();

    public IReadOnlyList<User> Users() => RowList($"SELECT {UserColumns} FROM users ORDER BY username", ReadUser);

    private const string TokenColumns = "hash, kind, username, name, created_at, expires_at, revoked, origin, last_used_at";

    public AccessToken? FindToken(string hash) => RowList($"SELECT {TokenColumns} FROM api_tokens WHERE hash = $1", ReadToken, hash).FirstOrDefault();

    // Ids are few and short-lived enough that a scan of the tokens is cheap; the well-formedness check keeps odd input out.
    public AccessToken? FindTokenById(string id) => AccessToken.IsWellFormedId(id)
        ? RowList($"SELECT {TokenColumns} FROM api_tokens WHERE substr(hash, 1, {AccessToken.IdLength}) = $1", ReadToken, id).FirstOrDefault()
        : null;

    public IReadOnlyList<AccessToken> Tokens(string username) =>
        RowList($"SELECT {TokenColumns} FROM api_tokens WHERE username = $1 ORDER BY created_at DESC, hash", ReadToken, username);

    private AccessToken ReadToken(DbDataReader r) => new(r.GetString(0), StoredNames.Parse<TokenKind>(r.GetString(1)), r.GetString(2), r.GetString(3),
        StoredTime.ParseInstant(r.GetString(4)), StoredTime.ParseInstant(r.GetString(5)), Dialect.ReadFlag(r, 6), TextOrNull(r, 7),
        StoredTime.ParseInstantOrNull(TextOrNull(r, 8)));

    public Page<AuditEntry> AuditLog(int offset, int limit)
    {
        var items = RowList(
            "SELECT at, username, remote_address, method, path, action, target_id, status FROM audit_log ORDER BY seq DESC LIMIT $1 OFFSET $2",
            r => new AuditEntry(StoredTime.ParseInstant(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetString(5), TextOrNull(r, 6), r.GetInt32(7)), (long)limit, (long)offset);
        var total = RowList("SELECT count(*) FROM audit_log", r => r.GetInt64(0))[0];
        return new Page<AuditEntry>(items, total);
    }

    private User ReadUser(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), StoredNames.Parse<Role>(r.GetString(2)), TextOrNull(r, 3), Dialect.ReadFlag(r, 4), StoredTime.ParseInstant(r.GetString(5)));
}
