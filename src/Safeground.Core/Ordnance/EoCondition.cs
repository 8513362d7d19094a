namespace Safeground.Core.Ordnance;

/// <summary>The state the item was found in.</summary>
public enum EoCondition
{
    Unknown,
    Intact,
    Damaged,
    Armed,
    Fuzed,
    Deteriorated,
}
