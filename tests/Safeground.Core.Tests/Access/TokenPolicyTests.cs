using Safeground.Core.Access;

namespace Safeground.Core.Tests.Access;

/// <summary>Who may list and revoke whose tokens, and how often a token's use is written.</summary>
public class TokenPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static User U(string name, Role role, string? org, bool disabled = false) => new(name, name, role, org, disabled, T0);

    public static TheoryData<string, Role, string?, bool, bool> Manage => new()
    {
        // caller, role, caller's organisation, caller disabled, may manage the tokens of "owner" (a viewer of ORG-A)
        { "owner", Role.Viewer, "ORG-A", false, true },
        { "owner", Role.Viewer, "ORG-A", true, false },
        { "other", Role.DataManager, "ORG-A", false, false },
        { "other", Role.DataManager, null, false, false },
        { "other", Role.Admin, "ORG-A", false, true },
        { "other", Role.Admin, "ORG-B", false, false },
        { "other", Role.Admin, null, false, true },
        { "other", Role.Admin, null, true, false },
    };

    [Theory]
    [MemberData(nameof(Manage))]
    public void Own_tokens_and_an_admins_in_scope(string caller, Role role, string? org, bool disabled, bool expected) =>
        Assert.Equal(expected, AccessPolicy.CanManageTokensOf(U(caller, role, org, disabled), U("owner", Role.Viewer, "ORG-A")));

    [Fact]
    public void An_anonymous_caller_manages_no_ones_tokens_not_even_a_user_named_anonymous() =>
        Assert.False(AccessPolicy.CanManageTokensOf(User.Anonymous, U("anonymous", Role.Viewer, null)));

    [Fact]
    public void Use_is_written_at_most_every_few_minutes()
    {
        var t = new AccessToken(new string('a', 64), TokenKind.Api, "u", "n", T0, T0.AddDays(1), false);
        Assert.True(UserAccounts.ShouldMarkUsed(t, T0));
        var used = t with { LastUsed = T0 };
        Assert.False(UserAccounts.ShouldMarkUsed(used, T0.AddMinutes(4)));
        Assert.True(UserAccounts.ShouldMarkUsed(used, T0 + UserAccounts.LastUsedResolution));
        Assert.True(UserAccounts.ShouldMarkUsed(used, T0.AddMinutes(-1))); // a clock set back must not freeze it
        Assert.Equal("aaaaaaaaaaaaaaaa", t.Id);
        Assert.True(AccessToken.IsWellFormedId(t.Id));
        Assert.False(AccessToken.IsWellFormedId("AAAAAAAAAAAAAAAA"));
        Assert.False(AccessToken.IsWellFormedId("' OR 1=1 --xxxxx"));
    }
}
