using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Users, tokens and the audit log (schema v4). Parameterised statements only.
public sealed partial class GeoPackageStore
{
    private const string UserColumns = "username, display_name, role, organisation_id, disabled, created_at";

    public StoredUser? FindUser(string username) => List(
        $"SELECT {UserColumns}, password_hash FROM users WHERE username = $1",
        r => new StoredUser(ReadUser(r), r.GetString(6)), username).FirstOrDefault();

    public IReadOnlyList<User> Users() => List($"SELECT {UserColumns} FROM users ORDER BY username", ReadUser);

    private const string TokenColumns = "hash, kind, username, name, created_at, expires_at, revoked, origin, last_used_at";

    public AccessToken? FindToken(string hash) => List($"SELECT {TokenColumns} FROM api_tokens WHERE hash = $1", ReadToken, hash).FirstOrDefault();

    // Ids are few and short-lived enough that a scan of the tokens is cheap; the well-formedness check keeps odd input out.
    public AccessToken? FindTokenById(string id) => AccessToken.IsWellFormedId(id)
        ? List($"SELECT {TokenColumns} FROM api_tokens WHERE substr(hash, 1, {AccessToken.IdLength}) = $1", ReadToken, id).FirstOrDefault()
        : null;

    public IReadOnlyList<AccessToken> Tokens(string username) =>
        List($"SELECT {TokenColumns} FROM api_tokens WHERE username = $1 ORDER BY created_at DESC, hash", ReadToken, username);

    private static AccessToken ReadToken(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetString(0), Names.Parse<TokenKind>(r.GetString(1)), r.GetString(2), r.GetString(3),
        IsoTime.ParseInstant(r.GetString(4)), IsoTime.ParseInstant(r.GetString(5)), r.GetInt64(6) != 0, Text(r, 7),
        r.IsDBNull(8) ? null : IsoTime.ParseInstant(r.GetString(8)));

    public Page<AuditEntry> AuditLog(int offset, int limit)
    {
        var items = List(
            "SELECT at, username, remote_address, method, path, action, target_id, status FROM audit_log ORDER BY seq DESC LIMIT $1 OFFSET $2",
            r => new AuditEntry(IsoTime.ParseInstant(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetString(5), Text(r, 6), r.GetInt32(7)), limit, offset);
        var total = List("SELECT count(*) FROM audit_log", r => r.GetInt64(0))[0];
        return new Page<AuditEntry>(items, total);
    }

    private static User ReadUser(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), Names.Parse<Role>(r.GetString(2)), Text(r, 3), r.GetInt64(4) != 0, IsoTime.ParseInstant(r.GetString(5)));
}
