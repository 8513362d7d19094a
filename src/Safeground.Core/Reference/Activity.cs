namespace Safeground.Core.Reference;

/// <summary>
/// What an organisation may be accredited to do (IMAS 07.30): the authority licenses each activity separately, so an
/// operator cleared for survey is not thereby cleared for clearance.
/// </summary>
public enum Activity
{
    NonTechnicalSurvey,
    TechnicalSurvey,
    Clearance,
    Eod,
    RiskEducation,
    QualityManagement,
}
