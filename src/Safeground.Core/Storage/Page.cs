namespace Safeground.Core.Storage;

/// <summary>One page of a filtered list: the items and how many match in all (so a client knows where the end is).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total);
