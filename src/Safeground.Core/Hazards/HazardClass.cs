namespace Safeground.Core.Hazards;

/// <summary>IMAS 04.10 / 07.11: suspected (indirect evidence) or confirmed (direct evidence) hazardous area.</summary>
public enum HazardClass
{
    Sha,
    Cha,
}
