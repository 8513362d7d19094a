namespace Safeground.Core.Reference;

/// <summary>A role in a field team: the authority checks a team has its leader and medic before it works.</summary>
public enum TeamRole
{
    TeamLeader,
    SectionLeader,
    Deminer,
    Medic,
    DogHandler,
    MachineOperator,
    EodOperator,
    Driver,
}
