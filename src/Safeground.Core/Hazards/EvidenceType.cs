namespace Safeground.Core.Hazards;

/// <summary>The kinds of evidence IMSMA records; EO seen and accidents are direct evidence.</summary>
public enum EvidenceType
{
    EoSeen,
    Marking,
    Scrap,
    Craters,
    DamagedInfrastructure,
    UnusedProductiveLand,
    ReportedDetonation,
    Accident,
}
