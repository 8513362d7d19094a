using Safeground.Core.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Safeground.Server.Access;

/// <summary>
/// Cross-site request forgery, for writes that ride on the session cookie (a browser sends it by itself; a bearer token
/// it never sends, so bearer writes need nothing). Two checks, both 403:
/// <list type="bullet">
/// <item>the framework's antiforgery token: a write authenticated by the session must carry the request token
/// (<c>GET /api/v1/session/antiforgery</c>, sent back as <see cref="HeaderName"/>) matching the antiforgery cookie and
/// the signed-in user. Sign-in itself is exempt (<c>DisableAntiforgery</c>): it has no session yet, and needs the password.</item>
/// <item>the Origin header, when a browser sends one, must be this server. Kept beside the token because it also covers
/// what the token does not: a sign-in posted from another site, and a stale or forged cookie (refused before anything reads the body).</item>
/// </list>
/// </summary>
internal sealed class CookieWriteGuard(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems)
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "sg_csrf";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!AuditMiddleware.IsWrite(request) || request.Headers.Authorization.Count > 0)
        {
            await next(context);
            return;
        }
        if (request.Cookies.ContainsKey(AccessSchemes.CookieName) && !SameOrigin(request))
        {
            await Refuse(context, Texts.Render("api.access.origin"));
            return;
        }
        if (CallerClaims.BySession(context.User) && context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false })
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                await Refuse(context, Texts.Render("api.access.antiforgery", ("header", HeaderName)));
                return;
            }
        }
        await next(context);
    }

    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true; // not a browser's cross-site request (SameSite=Strict keeps the cookie off those anyway)
        return Uri.TryCreate(origin, UriKind.Absolute, out var o)
            && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(o.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }

    private async Task Refuse(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = Texts.Render("api.title.forbidden"), Detail = detail },
        });
    }
}
