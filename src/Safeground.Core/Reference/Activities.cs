using Safeground.Core.Reports;

namespace Safeground.Core.Reference;

/// <summary>The accredited activity a report's work falls under, or null for a report no accreditation covers (an accident, a handover).</summary>
public static class Activities
{
    public static Activity? Of(ReportKind kind) => kind switch
    {
        ReportKind.NonTechnicalSurvey => Activity.NonTechnicalSurvey,
        ReportKind.TechnicalSurvey => Activity.TechnicalSurvey,
        ReportKind.ClearanceProgress or ReportKind.Completion => Activity.Clearance,
        ReportKind.EodSpotTask => Activity.Eod,
        _ => null,
    };
}
