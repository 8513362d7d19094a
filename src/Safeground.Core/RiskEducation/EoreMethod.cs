namespace Safeground.Core.RiskEducation;

/// <summary>How a risk-education session reached its audience (IMAS 12.10's delivery methods).</summary>
public enum EoreMethod
{
    Presentation,
    Interpersonal,
    CommunityLiaison,
    MassMedia,
    Digital,
    Other,
}
