using Safeground.Core.Reference;

namespace Safeground.Demo;

/// <summary>
/// The accreditations of the demo's organisations. Every demo operator's teams survey, clear, dispose of spot items
/// and give risk education (the stamper hands any kind of task to any team of the place), so each is accredited for
/// all of those, open-ended: nothing in the demo is refused or flagged for accreditation, while the demo still shows
/// managed organisations. Quality management is the authority's work, not an operator's, so none holds it.
/// </summary>
internal static class DemoAccreditations
{
    private static readonly IReadOnlyList<Accreditation> FieldWork =
    [
        new(Activity.NonTechnicalSurvey), new(Activity.TechnicalSurvey), new(Activity.Clearance),
        new(Activity.Eod), new(Activity.RiskEducation),
    ];

    /// <summary>The organisation as the demo records it: accredited for the field work its teams do.</summary>
    public static Organisation Accredit(Organisation organisation) => organisation with { Accreditations = FieldWork };
}
