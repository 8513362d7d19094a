namespace Safeground.Core.Access;

/// <summary>
/// A session or API token as stored: only the SHA-256 hash of its secret (see <see cref="TokenSecret"/>), whose user,
/// its name, when it expires and whether it was revoked.
/// </summary>
public sealed record AccessToken(string Hash, TokenKind Kind, string Username, string Name, DateTimeOffset Created, DateTimeOffset Expires, bool Revoked)
{
    public bool IsValidAt(DateTimeOffset now) => !Revoked && now < Expires;
}
