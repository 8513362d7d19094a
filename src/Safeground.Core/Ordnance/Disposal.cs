namespace Safeground.Core.Ordnance;

/// <summary>What was done with a found item.</summary>
public enum Disposal
{
    DestroyedInSitu,
    Removed,
    Other,
}
