using Safeground.Core.Plausibility;
using Safeground.Core.Reference;

namespace Safeground.Contracts;

/// <summary>A recorded deployment's figures (or all of them together): effort, land cleared, finds, casualties and their rates.</summary>
public sealed record DeploymentView(
    string Id,
    string? Team,
    AssetKind? Asset,
    int TeamSize,
    string? Region,
    double DeminerDays,
    double MachineHours,
    double ClearedM2,
    long Finds,
    int Killed,
    int Injured,
    double? M2PerDeminerDay,
    double? M2PerMachineHour,
    double? FindsPerM2,
    double? FindsPerDeminerDay,
    double? CasualtiesPer100People,
    double? CasualtiesPer1000Finds)
{
    public static DeploymentView From(DeploymentRecord d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DeploymentView(d.DeploymentId, d.TeamId, d.Asset, d.TeamSize, d.Region, d.DeminerDays, d.MachineHours, d.ClearedM2, d.Finds,
            d.Killed, d.Injured, d.M2PerDeminerDay, d.M2PerMachineHour, d.FindsPerM2, d.FindsPerDeminerDay, d.CasualtiesPer100People, d.CasualtiesPer1000Finds);
    }
}
