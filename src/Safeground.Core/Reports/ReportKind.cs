namespace Safeground.Core.Reports;

/// <summary>The kinds of field report Safeground accepts.</summary>
public enum ReportKind
{
    NonTechnicalSurvey,
    TechnicalSurvey,
    ClearanceProgress,
    Completion,
    EodSpotTask,
    Accident,
    Handover,
    QaVisit,
    QcSampling,
    NonConformity,
    Reopening,
    RiskEducation,
    CasualtyIncident,
}
