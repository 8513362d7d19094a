namespace Safeground.Core.Casualties;

/// <summary>
/// What a civilian was doing when the explosive ordnance went off: the activity casualty surveillance records
/// (IMAS 05.10), because risk education is aimed at the activities that kill (farming, herding, collecting scrap).
/// </summary>
public enum CasualtyActivity
{
    Unknown,
    Farming,
    Herding,
    CollectingFirewood,
    CollectingScrap,
    CollectingFood,
    Hunting,
    Travelling,
    Playing,
    Tampering,
    Household,
    Construction,
    Other,
}
