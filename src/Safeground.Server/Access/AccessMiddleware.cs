using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Storage;

namespace Safeground.Server.Access;

/// <summary>
/// Who calls, whether they may call at all, and the audit log. For every request: the caller is resolved
/// from an API token (<c>Authorization: Bearer</c>) or the session cookie; expired, revoked, unknown or
/// malformed credentials, and disabled users, are 401 with one message (which of these it was is not said).
/// Without credentials only the open endpoints answer, unless anonymous reading is allowed. A cookie-authenticated
/// write from another origin is refused (CSRF). Every request that is not a read is appended to the audit
/// log with its outcome, refused ones included.
/// </summary>
internal sealed class AccessMiddleware(RequestDelegate next, ServerOptions options, TimeProvider clock, IProblemDetailsService problems)
{
    public const string CookieName = "sg_session";
    public const string SignInMessage = "sign in first: POST /api/v1/session, or send an API token as 'Authorization: Bearer <token>'";
    private const string BadCredentials = "the credentials are not valid (unknown, expired or revoked); sign in again";

    /// <summary>Small JSON bodies (login, tokens, decisions): more than this is refused with 413 before it is read.</summary>
    public const long SmallBodyLimit = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        bool write = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        int status = StatusCodes.Status500InternalServerError;
        try
        {
            await Guard(context, write);
            status = context.Response.StatusCode;
        }
        catch (Exception e)
        {
            status = e switch
            {
                SafegroundException s => ErrorResponses.StatusOf(s.Kind),
                BadHttpRequestException b => b.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            };
            throw;
        }
        finally
        {
            if (write) Audit(context, status);
        }
    }

    private async Task Guard(HttpContext context, bool write)
    {
        var store = context.RequestServices.GetRequiredService<ISafegroundStore>();
        var (user, viaCookie, invalid) = Authenticate(context, store);
        if (invalid) user = null;
        // On the open endpoints stale credentials do not matter: an expired cookie must not stop a new login.
        if (invalid && !IsOpen(context.Request))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "Unauthorized", BadCredentials);
            return;
        }
        if (user is null && !IsOpen(context.Request))
        {
            if (!options.AllowAnonymous)
            {
                await Refuse(context, StatusCodes.Status401Unauthorized, "Unauthorized", SignInMessage);
                return;
            }
            user = User.Anonymous;
        }
        if (viaCookie && write && !SameOrigin(context.Request))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "a signed-in write must come from this server's own pages (the Origin header does not match)");
            return;
        }
        if (user is not null) Caller.Set(context, user);
        if (write && context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal) && !IsBulk(context.Request)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = SmallBodyLimit;
        }
        await next(context);
    }

    // Reports (submit, supersede, sync batches) and claims carry payloads; the rest of the API's writes are a few fields.
    private static bool IsBulk(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/v1/reports", StringComparison.Ordinal) && !(request.Path.Value ?? "").EndsWith("/approve", StringComparison.Ordinal)
            && !(request.Path.Value ?? "").EndsWith("/reject", StringComparison.Ordinal)
        || request.Path.StartsWithSegments("/api/v1/checks", StringComparison.Ordinal)
        || request.Path.StartsWithSegments("/api/v1/sync", StringComparison.Ordinal);

    private (User? User, bool ViaCookie, bool Invalid) Authenticate(HttpContext context, ISafegroundStore store)
    {
        string? secret;
        bool viaCookie = false;
        TokenKind kind;
        var header = context.Request.Headers.Authorization;
        if (header.Count > 0)
        {
            var value = header.ToString();
            if (header.Count != 1 || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return (null, false, true);
            secret = value["Bearer ".Length..].Trim();
            kind = TokenKind.Api;
        }
        else if (context.Request.Cookies.TryGetValue(CookieName, out secret))
        {
            viaCookie = true;
            kind = TokenKind.Session;
        }
        else
        {
            return (null, false, false);
        }
        if (!TokenSecret.IsWellFormed(secret)) return (null, viaCookie, true);
        var token = store.FindToken(TokenSecret.Hash(secret!));
        if (token is null || token.Kind != kind || !token.IsValidAt(clock.GetUtcNow())) return (null, viaCookie, true);
        var user = store.FindUser(token.Username)?.User;
        if (user is null || user.Disabled) return (null, viaCookie, true);
        context.Items[TokenHashKey] = token.Hash;
        MarkUsed(store, token);
        return (user, viaCookie, false);
    }

    internal const string TokenHashKey = "safeground.token";

    // "Last used" in the owner's token list, written at most every few minutes per token so that reads stay reads.
    // Not being able to write it (a store busy with a long write) must not refuse the request it is about.
    private void MarkUsed(ISafegroundStore store, AccessToken token)
    {
        var now = clock.GetUtcNow();
        if (!UserAccounts.ShouldMarkUsed(token, now)) return;
        try
        {
            using var tx = store.BeginWrite();
            tx.MarkTokenUsed(token.Hash, now);
            tx.Commit();
        }
        catch (SafegroundException e) when (e.Kind == ErrorKind.Storage)
        {
            // Recorded on a later request.
        }
    }

    /// <summary>The endpoints anyone may call: the landing pages, the API's description, login, and the web app's files (it signs in through the API).</summary>
    private static bool IsOpen(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        return path is "/" or "/api/v1" or "/api/v1/" or Api.ApiEndpoints.OpenApiPath
            || request.Path.StartsWithSegments("/api/v1/reference", StringComparison.Ordinal)
            || request.Path.StartsWithSegments(WebApp.Path, StringComparison.Ordinal)
            || (path == "/api/v1/session" && HttpMethods.IsPost(request.Method));
    }

    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true; // not a browser's cross-site request (SameSite=Strict keeps the cookie off those anyway)
        return Uri.TryCreate(origin, UriKind.Absolute, out var o)
            && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(o.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }

    private async Task Refuse(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private void Audit(HttpContext context, int status)
    {
        var request = context.Request;
        var username = Caller.Find(context) is { } u && !ReferenceEquals(u, User.Anonymous) ? u.Username
            : context.Items.TryGetValue(Caller.AuditUserKey, out var tried) && tried is string t ? t : User.Anonymous.Username;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var target = context.Items.TryGetValue(Caller.AuditTargetKey, out var tg) && tg is string s ? s
            : context.GetRouteValue("id") as string;
        var entry = new AuditEntry(clock.GetUtcNow(), username, context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            request.Method, Trim(request.Path.Value ?? "", 500), request.Method + " " + (route is null ? "(no such endpoint)" : "/" + route.TrimStart('/')),
            target is null ? null : Trim(target, 200), status);
        // A fresh store: the request's own may be mid-failure. If the log cannot be written the request has
        // already been answered; the failure surfaces to the host as an unhandled error.
        using var store = options.OpenStore();
        using var tx = store.BeginWrite();
        tx.AppendAudit(entry);
        tx.Commit();
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
