using Safeground.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Safeground.Server.Access;

/// <summary>Resource-based authorization inside a handler: once the body names the organisation, ask its policy (<see cref="AccessPolicies"/>).</summary>
internal static class AccessCheck
{
    /// <summary>Throws 403 with the policy's sentence unless the caller passes <paramref name="policy"/> for <paramref name="organisationId"/>.</summary>
    public static async Task Demand(HttpContext context, string organisationId, string policy)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(context.User, organisationId, policy);
        if (!result.Succeeded)
            throw Caller.Forbidden(string.Join("; ", result.Failure?.FailureReasons.Select(r => r.Message) ?? [Texts.Render("api.access.not-open")]));
    }
}
