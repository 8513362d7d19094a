namespace Safeground.Core.Import;

/// <summary>
/// Two imported hazards that are the same land without being the same polygon: the land they share is at
/// least the hazard-duplicate rule's share of the smaller (programmes/default.json, 99 %). Both are imported;
/// a data manager decides which record stands.
/// </summary>
/// <param name="HazardId">The later feature's hazard.</param>
/// <param name="OtherHazardId">The earlier feature's hazard it duplicates.</param>
/// <param name="Share">Shared land / the smaller hazard's area.</param>
public sealed record NearDuplicate(string HazardId, string Where, string OtherHazardId, string OtherWhere, double CommonM2, double Share);
