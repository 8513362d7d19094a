namespace Safeground.Core.Storage;

/// <summary>
/// A record of a feature layer with its feature id, made of domain ids so it is the same in every store:
/// hazard id (hazards), report id (accidents), "hazard id.sequence" (released), "report id.index" (finds).
/// </summary>
public sealed record LayerFeature<T>(string Id, T Record);
