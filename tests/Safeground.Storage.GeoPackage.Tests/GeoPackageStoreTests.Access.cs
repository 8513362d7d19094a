using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Storage.Contract;

namespace Safeground.Storage.GeoPackage.Tests;

// Users, tokens and the append-only audit log (schema v4).
public sealed partial class GeoPackageStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static GeoPackageStore WithOrganisation(string path)
    {
        var store = GeoPackageStore.Open(path);
        using var tx = store.BeginWrite();
        tx.Put(ContractData.Organisation);
        tx.Commit();
        return store;
    }

    [Fact]
    public void A_duplicate_user_an_unknown_organisation_a_bad_name_or_a_short_password_is_refused()
    {
        using var store = WithOrganisation(NewPath());
        UserAccounts.Add(store, "a.user", null, Role.Viewer, null, "long enough pw", T0, iterations: 1000);
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => UserAccounts.Add(store, "a.user", null, Role.Viewer, null, "long enough pw", T0, iterations: 1000)).Kind);
        var org = Assert.Throws<SafegroundException>(() => UserAccounts.Add(store, "b", null, Role.Viewer, "ORG-NOPE", "long enough pw", T0, iterations: 1000));
        Assert.Contains("ORG-NOPE", org.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() => UserAccounts.Add(store, "bad name'", null, Role.Viewer, null, "long enough pw", T0, iterations: 1000)).Kind);
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() => UserAccounts.Add(store, "c", null, Role.Viewer, null, "short", T0, iterations: 1000)).Kind);
    }

    [Fact]
    public void Tokens_are_stored_by_hash_with_expiry_and_can_be_revoked()
    {
        using var store = WithOrganisation(NewPath());
        UserAccounts.Add(store, "script", null, Role.Viewer, null, "long enough pw", T0, iterations: 1000);
        var (secret, token) = UserAccounts.IssueToken(store, "script", "nightly", 30, T0);
        var found = store.FindToken(TokenSecret.Hash(secret))!;
        Assert.Equal(token, found);
        Assert.Equal(TokenKind.Api, found.Kind);
        Assert.Equal(T0.AddDays(30), found.Expires);
        Assert.True(found.IsValidAt(T0.AddDays(29)));
        Assert.False(found.IsValidAt(T0.AddDays(30)));
        Assert.Null(store.FindToken(secret));
        Assert.Equal(0L, Scalar(store.Location, $"SELECT count(*) FROM api_tokens WHERE hash = '{secret}' OR name = '{secret}'"));
        using (var tx = store.BeginWrite())
        {
            tx.RevokeToken(found.Hash);
            tx.Commit();
        }
        Assert.False(store.FindToken(found.Hash)!.IsValidAt(T0));
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<SafegroundException>(() => UserAccounts.IssueToken(store, "nobody", "x", 1, T0)).Kind);
    }

    [Fact]
    public void The_audit_log_is_appended_read_newest_first_and_cannot_be_changed_or_deleted()
    {
        var path = NewPath();
        using (var store = GeoPackageStore.Open(path))
        {
            using (var tx = store.BeginWrite())
            {
                for (int i = 0; i < 5; i++)
                    tx.AppendAudit(new AuditEntry(T0.AddMinutes(i), "u" + i, "127.0.0.1", "POST", "/api/v1/reports", "POST /api/v1/reports", "R-" + i, 201));
                tx.Commit();
            }
            var page = store.AuditLog(1, 2);
            Assert.Equal(5, page.Total);
            Assert.Equal(["u3", "u2"], page.Items.Select(e => e.Username));
            Assert.Equal(new AuditEntry(T0.AddMinutes(3), "u3", "127.0.0.1", "POST", "/api/v1/reports", "POST /api/v1/reports", "R-3", 201), page.Items[0]);
        }
        using var c = Raw(path);
        foreach (var sql in new[] { "UPDATE audit_log SET username = 'someone else'", "DELETE FROM audit_log", "DELETE FROM audit_log WHERE seq = 1", "UPDATE audit_log SET status = 200 WHERE seq = 2" })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            var e = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
            Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        }
        Assert.Equal(5L, Scalar(path, "SELECT count(*) FROM audit_log"));
        Assert.Equal("u0", Scalar(path, "SELECT username FROM audit_log WHERE seq = 1"));
    }
}
