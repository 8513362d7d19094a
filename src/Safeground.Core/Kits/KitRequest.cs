namespace Safeground.Core.Kits;

/// <summary>What a field kit is for: one region, and optionally one organisation's teams and deployments.</summary>
/// <param name="Region">The name of a stored region (matched as <see cref="Reference.RegionNames.Resolve"/> does).</param>
/// <param name="OrganisationId">When set, only this organisation's teams and deployments go in (every organisation still does: forms list them).</param>
public sealed record KitRequest(string Region, string? OrganisationId = null);
