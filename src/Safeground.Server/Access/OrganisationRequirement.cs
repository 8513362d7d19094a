using Microsoft.AspNetCore.Authorization;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// A requirement on the caller and an organisation (the resource: the id of the organisation a report is of), asked
/// by a handler once it knows the organisation (<see cref="AccessCheck.Demand"/>): one of <see cref="AccessPolicy"/>'s
/// questions, and the sentence a refused caller reads (403).
/// </summary>
public sealed record OrganisationRequirement(Func<User, string, bool> Allows, Func<User, string, string> Refusal) : IAuthorizationRequirement;
