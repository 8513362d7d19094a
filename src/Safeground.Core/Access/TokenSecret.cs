using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Safeground.Core.Access;

/// <summary>Secrets of sessions and API tokens: 32 random bytes, base64url; stores keep only their SHA-256 hash.</summary>
public static class TokenSecret
{
    /// <summary>A new secret, given to the user once.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The hash a store keeps (lower-case hex). Any string hashes; an unknown one simply finds nothing.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Looks like a secret this class makes (43 base64url characters): anything else is refused before the store is asked.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: 43 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
