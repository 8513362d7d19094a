namespace Safeground.Core.Ordnance;

/// <summary>Explosive ordnance categories; one shared list so national statistics stay comparable.</summary>
public enum EoCategory
{
    ApMine,
    AtMine,
    Uxo,
    Axo,
    Submunition,
    Ied,
    SmallArmsAmmunition,
}
