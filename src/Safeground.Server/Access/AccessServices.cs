using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Safeground.Server.Access;

/// <summary>Access control on ASP.NET Core's own machinery: the schemes, the policies, antiforgery, and their place in the pipeline.</summary>
internal static class AccessServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication(AccessSchemes.Caller)
            .AddPolicyScheme(AccessSchemes.Caller, "Safeground caller", o => o.ForwardDefaultSelector = Choose)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AccessSchemes.ApiToken, null)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(AccessSchemes.Session, null)
            .AddScheme<AuthenticationSchemeOptions, AnonymousAuthenticationHandler>(AccessSchemes.Anonymous, null);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, CallerRequirementHandler>();
        services.AddSingleton<IAuthorizationHandler, OrganisationRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieWriteGuard.HeaderName;
            o.Cookie.Name = CookieWriteGuard.CookieName;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.Path = "/";
            // The security-headers middleware already says DENY for every response.
            o.SuppressXFrameOptionsHeader = true;
        });
    }

    /// <summary>An <c>Authorization</c> header decides (a bad one is not rescued by a cookie); else the session cookie; else anonymity.</summary>
    private static string Choose(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0 ? AccessSchemes.ApiToken
        : context.Request.Cookies.ContainsKey(AccessSchemes.CookieName) ? AccessSchemes.Session
        : AccessSchemes.Anonymous;

    /// <summary>Authentication, then the audit log (it sees every outcome after it), the cookie-write guard, authorization.</summary>
    public static void Use(WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<AuditMiddleware>();
        app.UseMiddleware<CookieWriteGuard>();
        app.UseAuthorization();
    }
}
