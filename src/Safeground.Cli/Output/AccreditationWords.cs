using Safeground.Core.Reference;

namespace Safeground.Cli.Output;

/// <summary>
/// An organisation's accreditations as a reader says them ("Clearance until 2027-06-30, EOD"), in the reader's language,
/// for <c>organisation list</c>; the JSON and the store keep the codes (<c>clearance@2027-06-30;eod</c>).
/// </summary>
public static class AccreditationWords
{
    public static string Of(IReadOnlyList<Accreditation> accreditations)
    {
        ArgumentNullException.ThrowIfNull(accreditations);
        return string.Join(Texts.Render("cli.refdata.accredited.separator"), accreditations.Select(a => a.ValidUntil is { } until
            ? Texts.Render("cli.refdata.accredited.until", ("activity", Word(a.Activity)), ("date", until))
            : Word(a.Activity)));
    }

    /// <summary>The activity's word (written out so each id is findable).</summary>
    public static string Word(Activity activity) => Texts.Render(activity switch
    {
        Activity.NonTechnicalSurvey => "cli.refdata.activity.non-technical-survey",
        Activity.TechnicalSurvey => "cli.refdata.activity.technical-survey",
        Activity.Clearance => "cli.refdata.activity.clearance",
        Activity.Eod => "cli.refdata.activity.eod",
        Activity.RiskEducation => "cli.refdata.activity.risk-education",
        _ => "cli.refdata.activity.quality-management",
    });
}
