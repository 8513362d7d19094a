using System.Globalization;
using System.Security.Claims;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// A caller as claims: user (name identifier, which antiforgery tokens are bound to), display name, role and
/// organisation (none: the national authority), and which stored token authenticated the request. Handlers read the
/// <see cref="User"/> back through <see cref="Caller"/>; the access rules read it in <see cref="AccessPolicy"/>.
/// </summary>
public static class CallerClaims
{
    public const string Organisation = "safeground:organisation";
    public const string DisplayName = "safeground:display-name";
    public const string Created = "safeground:created";
    /// <summary>The stored hash of the credential (session or API token) the request came with: sign-out revokes it, a new token names it as its origin.</summary>
    public const string TokenHash = "safeground:token";

    public static ClaimsPrincipal Of(User user, string scheme, string? tokenHash)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Username),
            new(ClaimTypes.Name, user.Username),
            new(DisplayName, user.DisplayName),
            new(ClaimTypes.Role, RoleNames.Of(user.Role)),
            new(Created, user.Created.ToString("O", CultureInfo.InvariantCulture)),
        };
        if (user.OrganisationId is { } org) claims.Add(new Claim(Organisation, org));
        if (tokenHash is not null) claims.Add(new Claim(TokenHash, tokenHash));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The caller an authenticated principal stands for (<see cref="User.Anonymous"/> itself for an anonymous reader); null when not authenticated.</summary>
    public static User? UserOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true } identity) return null;
        if (identity.AuthenticationType == AccessSchemes.Anonymous) return User.Anonymous;
        var name = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        if (name is null || role is null) return null;
        var created = principal.FindFirstValue(Created) is { } c ? DateTimeOffset.Parse(c, CultureInfo.InvariantCulture) : DateTimeOffset.UnixEpoch;
        return new User(name, principal.FindFirstValue(DisplayName) ?? name, RoleNames.Parse(role), principal.FindFirstValue(Organisation), false, created);
    }

    /// <summary>Whether the request was authenticated by the session cookie (a browser: its writes need the antiforgery token).</summary>
    public static bool BySession(ClaimsPrincipal principal) =>
        principal?.Identity is { IsAuthenticated: true, AuthenticationType: AccessSchemes.Session };
}
