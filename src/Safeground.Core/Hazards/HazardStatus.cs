namespace Safeground.Core.Hazards;

/// <summary>Where the work on a hazardous area stands.</summary>
public enum HazardStatus
{
    Open,
    InProgress,
    Suspended,
    Closed,
}
