using Microsoft.AspNetCore.Authorization;

namespace Safeground.Server.Access;

/// <summary>
/// Decides a <see cref="CallerRequirement"/> for an authenticated caller. A request without one is neither granted nor
/// refused with a reason: the framework then challenges it (401), as it must.
/// </summary>
internal sealed class CallerRequirementHandler : AuthorizationHandler<CallerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CallerRequirement requirement)
    {
        if (CallerClaims.UserOf(context.User) is not { } user) return Task.CompletedTask;
        if (requirement.Allows(user)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, requirement.Refusal(user)));
        return Task.CompletedTask;
    }
}
