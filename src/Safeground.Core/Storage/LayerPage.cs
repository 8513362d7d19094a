namespace Safeground.Core.Storage;

/// <summary>
/// A page of a feature layer: how many features match the query in all, and the page's features,
/// streamed (enumerate them once, before the next write).
/// </summary>
public sealed record LayerPage<T>(long NumberMatched, IEnumerable<LayerFeature<T>> Features);
