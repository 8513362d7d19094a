namespace Safeground.Core.Ordnance;

/// <summary>
/// How an item is initiated (its fuze or initiation mechanism), the first thing a deminer asks of a model: it says
/// what not to do near it (step on it, pull a wire, bring metal close).
/// </summary>
public enum FuzeKind
{
    Unknown,
    Pressure,
    PressureRelease,
    Tripwire,
    TiltRod,
    Command,
    Time,
    Influence,
    Seismic,
    Electric,
    Impact,
}
