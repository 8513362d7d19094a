using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// Access requirements on endpoints. Every endpoint outside the few open ones (landing page, API reference,
/// login) already requires a signed-in user, or an anonymous viewer when <see cref="ServerOptions.AllowAnonymous"/>:
/// <see cref="AccessMiddleware"/> refuses the rest with 401 before routing reaches them. These make the
/// requirement explicit on a group (e.g. <c>app.MapGroup("/tiles").RequireViewer()</c>) and add role checks.
/// </summary>
public static class AccessEndpointExtensions
{
    /// <summary>Viewer level: approved data, for any signed-in user (and anonymous callers when allowed).</summary>
    public static TBuilder RequireViewer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRole(Role.Viewer);

    /// <summary>At least <paramref name="role"/>; 403 otherwise.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = Caller.Find(context.HttpContext);
            if (user is null) return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: AccessMiddleware.SignInMessage);
            if (user.Disabled || user.Role < role)
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"this needs the role {RoleNames.Of(role)} or above; {user.Username} is {RoleNames.Of(user.Role)}");
            return await next(context);
        });
        return builder;
    }
}
