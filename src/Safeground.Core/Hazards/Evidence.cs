namespace Safeground.Core.Hazards;

/// <summary>One piece of evidence behind a hazardous area: type × source, with an optional note.</summary>
public sealed record Evidence(EvidenceType Type, EvidenceSource Source, string? Note = null)
{
    /// <summary>EO seen, an accident or a reported detonation is direct evidence (⇒ CHA); the rest is indirect.</summary>
    public bool IsDirect => Type is EvidenceType.EoSeen or EvidenceType.Accident or EvidenceType.ReportedDetonation;
}
