using Microsoft.AspNetCore.Http;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>Who makes the current request, as authentication resolved it (<see cref="CallerClaims"/>).</summary>
public static class Caller
{
    internal const string AuditUserKey = "safeground.audit.user";
    internal const string AuditTargetKey = "safeground.audit.target";

    /// <summary>The signed-in user; <see cref="User.Anonymous"/> when anonymous reading is allowed and no credentials were given.</summary>
    public static User Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(context) ?? throw new InvalidOperationException("no caller: the endpoint is open, it must not ask who calls");
    }

    /// <summary>The caller, or null on open endpoints (login) without credentials.</summary>
    public static User? Find(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CallerClaims.UserOf(context.User);
    }

    /// <summary>Records, for the audit log, who a request is about when there is no signed-in caller (a login attempt) or what it acted on.</summary>
    internal static void AuditAs(HttpContext context, string username) => context.Items[AuditUserKey] = username;

    internal static void AuditTarget(HttpContext context, string target) => context.Items[AuditTargetKey] = target;

    /// <summary>403 as ProblemDetails.</summary>
    internal static BadHttpRequestException Forbidden(string message) => new(message, StatusCodes.Status403Forbidden);
}
