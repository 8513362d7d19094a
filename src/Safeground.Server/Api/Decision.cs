namespace Safeground.Server.Api;

/// <summary>The body of approve and reject: who decides, and why (required to reject).</summary>
public sealed record Decision(string? By, string? Reason);
