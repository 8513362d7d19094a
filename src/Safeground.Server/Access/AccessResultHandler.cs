using Safeground.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Safeground.Server.Access;

/// <summary>
/// How an authorization refusal is answered: 403 as ProblemDetails with the policy's sentence (who is refused what,
/// and who may). A request that matched no route (unknown path, or a method the path does not answer) has nothing
/// to protect once its caller is authenticated: routing's own 404 or 405 answers it, as before.
/// </summary>
internal sealed class AccessResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _framework.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (context.GetEndpoint() is not RouteEndpoint)
        {
            await next(context);
            return;
        }
        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).Distinct().ToList() ?? [];
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = Texts.Render("api.title.forbidden"),
                Detail = reasons.Count > 0 ? string.Join("; ", reasons) : Texts.Render("api.access.not-open"),
            },
        });
    }
}
