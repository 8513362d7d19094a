using Microsoft.AspNetCore.Authorization;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// A requirement on who calls, whatever the request is about: one of <see cref="AccessPolicy"/>'s questions about the
/// caller alone, and the sentence a refused caller reads (403).
/// </summary>
/// <param name="Allows">The rule, from <see cref="AccessPolicy"/>.</param>
/// <param name="Refusal">What a caller the rule refuses reads.</param>
public sealed record CallerRequirement(Func<User, bool> Allows, Func<User, string> Refusal) : IAuthorizationRequirement;
