using Safeground.Core.Access;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Storage.Memory;

// Users, tokens, the audit log and the programme's rules.
public sealed partial class MemoryStore
{
    public StoredUser? FindUser(string username) => State.Users.GetValueOrDefault(username);

    public IReadOnlyList<User> Users() => [.. State.Users.Values.Select(u => u.User)];

    public AccessToken? FindToken(string hash) => State.Tokens.GetValueOrDefault(hash);

    public AccessToken? FindTokenById(string id) => AccessToken.IsWellFormedId(id)
        ? State.Tokens.Values.Where(t => string.Equals(t.Id, id, StringComparison.Ordinal)).MinBy(t => t.Hash, StringComparer.Ordinal)
        : null;

    public IReadOnlyList<AccessToken> Tokens(string username) =>
    [
        .. State.Tokens.Values.Where(t => string.Equals(t.Username, username, StringComparison.Ordinal))
            .OrderByDescending(t => t.Created.UtcTicks).ThenBy(t => t.Hash, StringComparer.Ordinal),
    ];

    public Page<AuditEntry> AuditLog(int offset, int limit)
    {
        var audit = State.Audit;
        var items = Enumerable.Range(0, audit.Count).Reverse().Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).Select(i => audit[i]).ToList();
        return new Page<AuditEntry>(items, audit.Count);
    }

    public StoredRules? CurrentRules() => State.Rules.Count == 0 ? null : State.Rules[^1];

    public IReadOnlyList<StoredRules> RulesHistory() => [.. State.Rules];
}
