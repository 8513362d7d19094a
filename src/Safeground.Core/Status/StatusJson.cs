using Safeground.Core.Reference;

namespace Safeground.Core.Status;

/// <summary>
/// Words of a roll-up's JSON that the domain decides. The shape itself is Safeground.Contracts' RollupView, the same for
/// <c>safeground status --json</c> and the server's <c>/api/v1/rollups</c>.
/// </summary>
public static class StatusJson
{
    /// <summary>What productivity is measured in for an asset: machine-hours for machines, dog-team-days for dogs, deminer-days for manual teams.</summary>
    public static string EffortUnit(AssetKind asset) => asset switch
    {
        AssetKind.Mechanical => "machine-hours",
        AssetKind.MineDetectionDogs => "dog-team-days", // declared in the report's deminer-days field: a dog team's day is the unit
        _ => "deminer-days",
    };
}
