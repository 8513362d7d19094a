using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Safeground.Core.Access;

/// <summary>
/// Passwords hashed with PBKDF2-HMAC-SHA256 (OWASP 2023: 600,000 iterations), 16-byte random salt, stored as
/// <c>pbkdf2-sha256$600000$&lt;b64 salt&gt;$&lt;b64 hash&gt;</c>. The iteration count is read back from the stored
/// string, so it can be raised later without invalidating existing passwords.
/// </summary>
public static class PasswordHasher
{
    public const int DefaultIterations = 600_000;
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, iterations);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="password"/> matches; a malformed or tampered stored string never matches.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(stored, out var iterations, out var salt, out var expected)) return false;
        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations, expected.Length), expected);
    }

    /// <summary>The iteration count a stored string asks for (0 when malformed).</summary>
    public static int IterationsOf(string stored) => TryParse(stored, out var i, out _, out _) ? i : 0;

    /// <summary>
    /// A hash to verify against when the user does not exist, so that a failed login costs the same time
    /// whether the username is known or not.
    /// </summary>
    public static string Dummy { get; } = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    private static byte[] Derive(string password, byte[] salt, int iterations, int length = HashBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);

    private static bool TryParse(string? stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = stored?.Split('$');
        if (parts is not { Length: 4 } || parts[0] != Scheme) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1 || iterations > 100_000_000) return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= 8 && hash.Length >= 16;
    }
}
