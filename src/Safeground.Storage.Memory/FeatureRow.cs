namespace Safeground.Storage.Memory;

/// <summary>A projection row (a find, an accident) with the row id it was written under.</summary>
internal sealed record FeatureRow<T>(T Record, long Fid);
