namespace Safeground.Core.Hazards;

/// <summary>IMAS 07.11's three ways of releasing land.</summary>
public enum ReleaseMethod
{
    /// <summary>By non-technical survey: no evidence after all reasonable effort.</summary>
    Cancelled,
    /// <summary>By technical survey: shown free of EO by targeted investigation.</summary>
    Reduced,
    /// <summary>By clearance: all EO removed or destroyed to the specified depth.</summary>
    Cleared,
    /// <summary>Not a release: released land returned to hazardous (a failed QC sample, a find), counted against the releases.</summary>
    Reopened,
}
