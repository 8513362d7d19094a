namespace Safeground.Core.Reference;

/// <summary>A demining operator, a state service or the authority itself.</summary>
public sealed record Organisation(string Id, string Name, string Country);
