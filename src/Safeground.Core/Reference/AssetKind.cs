namespace Safeground.Core.Reference;

/// <summary>The means a team clears with; productivity limits differ by an order of magnitude between them.</summary>
public enum AssetKind
{
    Manual,
    Mechanical,
    MineDetectionDogs,
}
