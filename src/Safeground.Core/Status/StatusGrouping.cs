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

    /// <summary>By the contamination type a survey stated for the hazard ("not-stated" when none did; a type only suggested by the finds is not counted).</summary>
    ContaminationType,
}
