using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Safeground.Core;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// The audit log: every request that is not a read is appended with its outcome, refused ones included (401, 403 from
/// authorization, 413, errors). Runs after authentication, so it knows who asked, and before authorization and the
/// endpoints, so it sees how they answered. Also caps the body of the API's small writes (<see cref="SmallBodyLimit"/>).
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, ServerOptions options, TimeProvider clock)
{
    /// <summary>Small JSON bodies (login, tokens, decisions): more than this is refused with 413 before it is read.</summary>
    public const long SmallBodyLimit = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        bool write = IsWrite(context.Request);
        int status = StatusCodes.Status500InternalServerError;
        try
        {
            if (write && context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal) && !IsBulk(context.Request)
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = SmallBodyLimit;
            }
            await next(context);
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

    internal static bool IsWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    // Reports (submit, supersede, sync batches) and claims carry payloads; the rest of the API's writes are a few fields.
    private static bool IsBulk(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/v1/reports", StringComparison.Ordinal) && !(request.Path.Value ?? "").EndsWith("/approve", StringComparison.Ordinal)
            && !(request.Path.Value ?? "").EndsWith("/reject", StringComparison.Ordinal)
        || request.Path.StartsWithSegments("/api/v1/checks", StringComparison.Ordinal)
        || request.Path.StartsWithSegments("/api/v1/sync", StringComparison.Ordinal);

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
