namespace Safeground.Core.Hazards;

/// <summary>
/// What contaminates a hazardous area, as the Landmine Monitor and Article 7 reports count land: mined areas
/// (anti-personnel, anti-vehicle, improvised), cluster-munition-contaminated areas and other ERW (battle areas).
/// A survey states it (IMAS 08.10 / 08.20); <see cref="ContaminationSuggestion"/> proposes one from the finds.
/// </summary>
public enum ContaminationType
{
    AntiPersonnelMines,
    AntiVehicleMines,
    ClusterMunitions,
    OtherErw,
    ImprovisedMines,
}
