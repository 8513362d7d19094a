using Safeground.Core.Access;

namespace Safeground.Core.Tests.Access;

public class PasswordHasherTests
{
    [Fact]
    public void A_password_round_trips_and_a_wrong_one_does_not_match()
    {
        var stored = PasswordHasher.Hash("correct horse battery staple", iterations: 1000);
        Assert.True(PasswordHasher.Verify("correct horse battery staple", stored));
        Assert.False(PasswordHasher.Verify("correct horse battery stapler", stored));
        Assert.False(PasswordHasher.Verify("", stored));
    }

    [Fact]
    public void The_default_is_pbkdf2_sha256_with_600000_iterations_and_a_fresh_salt()
    {
        var a = PasswordHasher.Hash("same password");
        var b = PasswordHasher.Hash("same password");
        var parts = a.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("600000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.NotEqual(a, b); // salted
        Assert.True(PasswordHasher.Verify("same password", b));
    }

    [Fact]
    public void The_iteration_count_is_read_from_the_stored_string()
    {
        var stored = PasswordHasher.Hash("pw-pw-pw-pw", iterations: 1234);
        Assert.Equal(1234, PasswordHasher.IterationsOf(stored));
        Assert.True(PasswordHasher.Verify("pw-pw-pw-pw", stored));
        // The same salt and hash under another count do not match: the count is part of what is checked.
        Assert.False(PasswordHasher.Verify("pw-pw-pw-pw", stored.Replace("$1234$", "$1235$", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("md5$1000$abc$def")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==")]
    public void A_malformed_stored_string_never_matches(string stored)
    {
        Assert.False(PasswordHasher.Verify("anything", stored));
    }

    [Fact]
    public void A_tampered_hash_or_salt_does_not_match()
    {
        var stored = PasswordHasher.Hash("secret-secret", iterations: 1000);
        var parts = stored.Split('$');
        var hash = Convert.FromBase64String(parts[3]);
        hash[0] ^= 1;
        Assert.False(PasswordHasher.Verify("secret-secret", string.Join('$', parts[0], parts[1], parts[2], Convert.ToBase64String(hash))));
        var salt = Convert.FromBase64String(parts[2]);
        salt[^1] ^= 1;
        Assert.False(PasswordHasher.Verify("secret-secret", string.Join('$', parts[0], parts[1], Convert.ToBase64String(salt), parts[3])));
    }

    [Fact]
    public void Token_secrets_are_32_random_bytes_and_only_their_hash_is_kept()
    {
        var a = TokenSecret.New();
        Assert.Equal(43, a.Length);
        Assert.True(TokenSecret.IsWellFormed(a));
        Assert.NotEqual(a, TokenSecret.New());
        Assert.Equal(64, TokenSecret.Hash(a).Length);
        Assert.DoesNotContain(a, TokenSecret.Hash(a), StringComparison.Ordinal);
        Assert.False(TokenSecret.IsWellFormed("' OR 1=1 --"));
        Assert.False(TokenSecret.IsWellFormed(a + "x"));
    }
}
