namespace Safeground.Core.Kits;

/// <summary>What a field kit is for: one region, and optionally one organisation.</summary>
/// <param name="Region">The name of a stored region (matched as <see cref="Reference.RegionNames.Resolve"/> does).</param>
/// <param name="OrganisationId">When set, the kit is that organisation's: only its teams, deployments and reports in review go in
/// (approved reports of every organisation do, as everyone sees them; every organisation stays listed: forms list them).</param>
/// <param name="PersonalDataFor">The admin who asked for victims' personal data (<see cref="Access.PersonalDataRelease"/>); null
/// (the default): every report goes in with victims' names, dates of birth and addresses withheld.</param>
public sealed record KitRequest(string Region, string? OrganisationId = null, Access.User? PersonalDataFor = null);
