namespace Safeground.Core.Access;

/// <summary>A person (or script) who signs in to Safeground.</summary>
/// <param name="Username">Unique login name.</param>
/// <param name="DisplayName">Name as shown to people.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="OrganisationId">The operator the user works for; null for the national authority.</param>
/// <param name="Disabled">A disabled user can neither sign in nor use its tokens.</param>
/// <param name="Created">When the user was added.</param>
public sealed record User(string Username, string DisplayName, Role Role, string? OrganisationId, bool Disabled, DateTimeOffset Created)
{
    /// <summary>The caller an anonymous request is treated as, when the server allows anonymous reading.</summary>
    public static User Anonymous { get; } = new("anonymous", "Anonymous", Role.Viewer, null, false, DateTimeOffset.UnixEpoch);

    /// <summary>Of the national authority (no organisation).</summary>
    public bool IsAuthority => OrganisationId is null;
}
