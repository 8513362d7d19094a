using Safeground.Core;
using Safeground.Core.Access;

namespace Safeground.Storage.Contract;

// Users, tokens and the audit log: what every store keeps for access control.
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset AccessT0 = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static User ContractUser(string name, Role role = Role.Viewer, string? org = null, bool disabled = false) =>
        new(name, name.ToUpperInvariant(), role, org, disabled, AccessT0);

    [SkippableFact]
    public void Users_round_trip_with_their_hash_ordered_by_username()
    {
        using var store = CreateStore();
        Assert.Empty(store.Users());
        Write(store, tx =>
        {
            tx.Put(ContractData.Organisation);
            tx.AddUser(ContractUser("zoe", Role.FieldReporter, ContractData.Organisation.Id), "hash-z");
            tx.AddUser(ContractUser("adam", Role.Admin), "hash-a");
        });
        Assert.Equal([ContractUser("adam", Role.Admin), ContractUser("zoe", Role.FieldReporter, ContractData.Organisation.Id)], store.Users());
        Assert.Equal(new StoredUser(ContractUser("zoe", Role.FieldReporter, ContractData.Organisation.Id), "hash-z"), store.FindUser("zoe"));
        Assert.Null(store.FindUser("ZOE"));
        Assert.Null(store.FindUser("' OR '1'='1"));
        Write(store, tx =>
        {
            tx.SetDisabled("zoe", true);
            tx.SetPassword("adam", "hash-a2");
        });
        Assert.True(store.FindUser("zoe")!.User.Disabled);
        Assert.Equal("hash-a2", store.FindUser("adam")!.PasswordHash);
    }

    [SkippableFact]
    public void A_duplicate_user_is_a_conflict_and_an_unknown_one_not_found()
    {
        using var store = CreateStore();
        Write(store, tx => tx.AddUser(ContractUser("u"), "h"));
        using var tx = store.BeginWrite();
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => tx.AddUser(ContractUser("u"), "h")).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<SafegroundException>(() => tx.SetDisabled("nobody", true)).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<SafegroundException>(() => tx.SetPassword("nobody", "h")).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<SafegroundException>(() =>
            tx.AddToken(new AccessToken("x", TokenKind.Api, "nobody", "n", AccessT0, AccessT0.AddDays(1), false))).Kind);
    }

    [SkippableFact]
    public void Tokens_round_trip_and_are_revoked()
    {
        using var store = CreateStore();
        var api = new AccessToken(new string('a', 64), TokenKind.Api, "u", "script", AccessT0, AccessT0.AddDays(90), false);
        var session = new AccessToken(new string('b', 64), TokenKind.Session, "u", "web session", AccessT0, AccessT0.AddHours(12), false);
        Write(store, tx =>
        {
            tx.AddUser(ContractUser("u"), "h");
            tx.AddToken(api);
            tx.AddToken(session);
        });
        Assert.Equal(api, store.FindToken(api.Hash));
        Assert.Equal(session, store.FindToken(session.Hash));
        Assert.Null(store.FindToken(new string('c', 64)));
        Write(store, tx =>
        {
            tx.RevokeToken(session.Hash);
            tx.RevokeToken("unknown");
        });
        Assert.True(store.FindToken(session.Hash)!.Revoked);
        Assert.False(store.FindToken(api.Hash)!.Revoked);
    }

    [SkippableFact]
    public void Tokens_are_listed_by_user_found_by_id_and_keep_their_origin_and_last_use()
    {
        using var store = CreateStore();
        var session = new AccessToken("0123456789abcdef" + new string('1', 48), TokenKind.Session, "u", "web session", AccessT0, AccessT0.AddHours(12), false,
            "sign-in from 10.0.0.1");
        var api = new AccessToken("0123456789abcdee" + new string('2', 48), TokenKind.Api, "u", "script", AccessT0.AddMinutes(1), AccessT0.AddDays(90), false,
            "web session 0123456789abcdef");
        var old = new AccessToken(new string('3', 64), TokenKind.Api, "u", "from v4", AccessT0.AddMinutes(-1), AccessT0.AddDays(1), true);
        var others = new AccessToken(new string('4', 64), TokenKind.Api, "v", "theirs", AccessT0, AccessT0.AddDays(1), false);
        Write(store, tx =>
        {
            tx.AddUser(ContractUser("u"), "h");
            tx.AddUser(ContractUser("v"), "h");
            foreach (var t in new[] { session, api, old, others }) tx.AddToken(t);
        });
        Assert.Equal([api, session, old], store.Tokens("u"));
        Assert.Empty(store.Tokens("nobody"));
        Assert.Equal(api, store.FindTokenById(api.Id));
        Assert.Equal(session, store.FindTokenById("0123456789abcdef"));
        Assert.Null(store.FindTokenById("0123456789abcde"));
        Assert.Null(store.FindTokenById("0123456789abcdef" + "1"));
        Assert.Null(store.FindTokenById("' OR '1'='1"));
        Write(store, tx =>
        {
            tx.MarkTokenUsed(api.Hash, AccessT0.AddHours(2));
            tx.MarkTokenUsed("unknown", AccessT0);
        });
        Assert.Equal(api with { LastUsed = AccessT0.AddHours(2) }, store.FindToken(api.Hash));
        Assert.Equal(session, store.FindToken(session.Hash));
    }

    [SkippableFact]
    public void The_audit_log_pages_newest_first()
    {
        using var store = CreateStore();
        Assert.Equal(0, store.AuditLog(0, 10).Total);
        var entries = Enumerable.Range(0, 7).Select(i =>
            new AuditEntry(AccessT0.AddSeconds(i), "u" + i, "10.0.0." + i, "POST", "/p" + i, "POST /p", i % 2 == 0 ? "R-" + i : null, 200 + i)).ToList();
        Write(store, tx => { foreach (var e in entries) tx.AppendAudit(e); });
        var page = store.AuditLog(2, 3);
        Assert.Equal(7, page.Total);
        Assert.Equal([entries[4], entries[3], entries[2]], page.Items);
        Assert.Empty(store.AuditLog(7, 3).Items);
    }
}
