using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Storage.Memory;

// Users, tokens, the audit log (only ever appended to) and the programme's rules (a new version appended, never one changed).
internal sealed partial class MemoryTransaction
{
    public void AddUser(User user, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        Change(s =>
        {
            if (s.Users.ContainsKey(user.Username)) throw SafegroundException.Conflict(Texts.Render("store.user-exists", ("location", Location), ("user", user.Username)));
            var stored = new StoredUser(user with { Created = user.Created.ToUniversalTime() }, passwordHash);
            return s with { Users = s.Users.Add(user.Username, stored) };
        });
    }

    public void SetDisabled(string username, bool disabled) => Change(s =>
    {
        var u = ExistingUser(s, username);
        return s with { Users = s.Users.SetItem(username, u with { User = u.User with { Disabled = disabled } }) };
    });

    public void SetPassword(string username, string passwordHash) => Change(s => s with
    {
        Users = s.Users.SetItem(username, ExistingUser(s, username) with { PasswordHash = passwordHash }),
    });

    private StoredUser ExistingUser(MemoryState s, string username) =>
        s.Users.GetValueOrDefault(username) ?? throw SafegroundException.NotFound(Texts.Render("store.user-missing", ("location", Location), ("user", username)));

    public void AddToken(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        Change(s =>
        {
            if (!s.Users.ContainsKey(token.Username)) throw SafegroundException.NotFound(Texts.Render("store.user-missing", ("location", Location), ("user", token.Username)));
            if (s.Tokens.ContainsKey(token.Hash)) throw Unique("token");
            var stored = token with
            {
                Created = token.Created.ToUniversalTime(),
                Expires = token.Expires.ToUniversalTime(),
                LastUsed = token.LastUsed?.ToUniversalTime(),
            };
            return s with { Tokens = s.Tokens.Add(token.Hash, stored) };
        });
    }

    public void RevokeToken(string hash) => Change(s =>
        s.Tokens.TryGetValue(hash, out var t) ? s with { Tokens = s.Tokens.SetItem(hash, t with { Revoked = true }) } : s);

    public void MarkTokenUsed(string hash, DateTimeOffset at) => Change(s =>
        s.Tokens.TryGetValue(hash, out var t) ? s with { Tokens = s.Tokens.SetItem(hash, t with { LastUsed = at.ToUniversalTime() }) } : s);

    public void AppendAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Change(s => s with { Audit = s.Audit.Add(entry with { Time = entry.Time.ToUniversalTime() }) });
    }

    public StoredRules AddRules(string json, string setBy, DateTimeOffset setAt, string? note)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        ArgumentException.ThrowIfNullOrEmpty(setBy);
        StoredRules? stored = null;
        Change(s =>
        {
            // One writer at a time: no other transaction can take the next number before this one commits.
            stored = new StoredRules(s.Rules.Count == 0 ? 1 : s.Rules[^1].Version + 1, json, setBy, setAt.ToUniversalTime(), note);
            return s with { Rules = s.Rules.Add(stored) };
        });
        return stored!;
    }
}
