namespace Safeground.Core.Status;

/// <summary>How the land-release status is broken down.</summary>
public enum StatusGrouping
{
    None,
    Region,
    Organisation,
    Month,
    Team,
    Deployment,
}
