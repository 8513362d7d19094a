namespace Safeground.Contracts;

/// <summary>A link to a related resource: its relation ("timeline", "reports") and where it is.</summary>
public sealed record LinkView(string Rel, string Href, string? Title = null);
