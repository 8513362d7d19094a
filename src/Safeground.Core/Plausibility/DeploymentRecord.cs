using Safeground.Core.Reference;

namespace Safeground.Core.Plausibility;

/// <summary>
/// What one deployment (or all of them, <see cref="DeploymentId"/> "all") achieved by its approved
/// reports: land it actually released by clearance, the effort it reported, what it found and who
/// of its people was hurt in demining accidents.
/// </summary>
/// <param name="TeamSize">People (manual), machines or dog pairs in the team; for "all", the manual teams' people.</param>
/// <param name="ClearedM2">Land its clearance reports released (the hazard's release events, so land counted once).</param>
/// <param name="ManualClearedM2">The part released by reports that give deminer-days.</param>
/// <param name="Finds">EO items found in its clearance reports (progress and completion).</param>
/// <param name="ManualFinds">The items of reports that give deminer-days.</param>
public sealed record DeploymentRecord(
    string DeploymentId,
    string? TeamId,
    AssetKind? Asset,
    int TeamSize,
    string? Region,
    double DeminerDays,
    double MachineHours,
    double ClearedM2,
    double ManualClearedM2,
    double MachineClearedM2,
    long Finds,
    long ManualFinds,
    int Killed,
    int Injured)
{
    public int Casualties => Killed + Injured;

    public double? M2PerDeminerDay => DeminerDays > 0 ? ManualClearedM2 / DeminerDays : null;
    public double? M2PerMachineHour => MachineHours > 0 ? MachineClearedM2 / MachineHours : null;
    public double? FindsPerM2 => ClearedM2 > 0 ? Finds / ClearedM2 : null;
    public double? FindsPerDeminerDay => DeminerDays > 0 ? ManualFinds / DeminerDays : null;

    /// <summary>Demining-accident casualties per 100 of its manual team's people (null for machine and dog teams).</summary>
    public double? CasualtiesPer100People => Asset == AssetKind.Manual && TeamSize > 0 ? 100.0 * Casualties / TeamSize : null;

    public double? CasualtiesPer1000Finds => Finds > 0 ? 1000.0 * Casualties / Finds : null;
}
