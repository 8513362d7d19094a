namespace Safeground.Core.Access;

/// <summary>
/// A session or API token as stored: only the SHA-256 hash of its secret (see <see cref="TokenSecret"/>), whose user,
/// its name, when it expires and whether it was revoked; where it came from and when it was last used (schema v5).
/// </summary>
/// <param name="Origin">How it was issued, for its owner to recognise it (e.g. "web session 1a2b…", "CLI (ops)"); null for tokens of schema v4.</param>
/// <param name="LastUsed">When it last let a request in (recorded at most every <see cref="UserAccounts.LastUsedResolution"/>); null: never.</param>
public sealed record AccessToken(string Hash, TokenKind Kind, string Username, string Name, DateTimeOffset Created, DateTimeOffset Expires, bool Revoked,
    string? Origin = null, DateTimeOffset? LastUsed = null)
{
    /// <summary>Length of <see cref="Id"/>: 64 bits of the hash, unique in practice and useless for guessing the secret.</summary>
    public const int IdLength = 16;

    /// <summary>
    /// The name a token is listed and revoked by: the start of its hash. The hash of a 256-bit random secret gives
    /// nothing away, so the id can be shown, logged and typed where the secret never may.
    /// </summary>
    public string Id => Hash.Length > IdLength ? Hash[..IdLength] : Hash;

    public bool IsValidAt(DateTimeOffset now) => !Revoked && now < Expires;

    /// <summary>Whether <paramref name="id"/> can be a token's <see cref="Id"/> (16 lower-case hex digits): anything else is not asked of a store.</summary>
    public static bool IsWellFormedId(string? id) =>
        id is { Length: IdLength } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
