namespace Safeground.Core.Rules;

/// <summary>
/// One version of a programme's rules as a store keeps it (schema v6): the JSON text exactly as it was set, who set it,
/// when, and why. Versions are numbered 1, 2, … and never changed; the highest is the one the store runs on.
/// </summary>
public sealed record StoredRules(int Version, string Json, string SetBy, DateTimeOffset SetAt, string? Note);
