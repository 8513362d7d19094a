using Microsoft.AspNetCore.Authorization;

namespace Safeground.Server.Access;

/// <summary>Decides an <see cref="OrganisationRequirement"/> for an authenticated caller and an organisation id.</summary>
internal sealed class OrganisationRequirementHandler : AuthorizationHandler<OrganisationRequirement, string>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationRequirement requirement, string organisationId)
    {
        if (CallerClaims.UserOf(context.User) is not { } user) return Task.CompletedTask;
        if (requirement.Allows(user, organisationId)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, requirement.Refusal(user, organisationId)));
        return Task.CompletedTask;
    }
}
