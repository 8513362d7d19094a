namespace Safeground.Core.Access;

/// <summary>A user with its password hash, as a store keeps it (see <see cref="PasswordHasher"/>).</summary>
public sealed record StoredUser(User User, string PasswordHash);
