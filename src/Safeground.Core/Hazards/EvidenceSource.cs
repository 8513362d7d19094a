namespace Safeground.Core.Hazards;

/// <summary>How the evidence reached the surveyor.</summary>
public enum EvidenceSource
{
    Visual,
    Verbal,
    Records,
}
