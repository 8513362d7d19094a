namespace Safeground.Core.Accidents;

/// <summary>
/// A person killed or injured (IMAS 10.60). Personal data: name, date of birth and address are
/// sensitive and are left out of public exports.
/// </summary>
public sealed record Victim(
    string? Name,
    Gender Gender,
    DateOnly? DateOfBirth,
    int? Age,
    string? Address,
    string? Role,
    VictimOutcome Outcome,
    string? Injuries,
    string? ActivityAtTime);
