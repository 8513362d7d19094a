using Safeground.Core.Access;

namespace Safeground.Contracts;

/// <summary>
/// A user as others may see it (no password hash): <c>GET /api/v1/session/me</c> and <c>safeground user list --json</c>.
/// <see cref="Disabled"/> and <see cref="Created"/> only in an administrator's list.
/// </summary>
/// <param name="Organisation">The operator the user works for; absent for the national authority.</param>
public sealed record UserView(string Username, string Name, string Role, string? Organisation, bool? Disabled = null, DateTimeOffset? Created = null)
{
    public static UserView From(User u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new UserView(u.Username, u.DisplayName, RoleNames.Of(u.Role), u.OrganisationId);
    }

    /// <summary>With what only an administrator's list shows: whether the account is disabled and when it was made.</summary>
    public static UserView ForAdmin(User u) => From(u) with { Disabled = u.Disabled, Created = u.Created };
}
