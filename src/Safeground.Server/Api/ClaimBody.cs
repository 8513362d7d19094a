namespace Safeground.Server.Api;

/// <summary>The body of POST /checks/claim: a reported total, as <c>safeground check claim</c> takes it (area with its unit, e.g. "150 ha").</summary>
public sealed record ClaimBody(long? Devices, string? Area, double? Days, int? People, int? Teams, int? Killed, int? Injured);
