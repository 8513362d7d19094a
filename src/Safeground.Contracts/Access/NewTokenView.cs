namespace Safeground.Contracts;

/// <summary>A token just issued: its secret (shown once, never again), id, name, expiry and owner.</summary>
public sealed record NewTokenView(string Token, string Id, string Name, DateTimeOffset Expires, string User);
