using Safeground.Core.Rules;

namespace Safeground.Core.Plausibility;

/// <summary>
/// Whether a reported total is believable, figure by figure: what follows from the claim (EO density,
/// m² per person a day, what the area would take by hand, machine or dog, devices per person a day,
/// casualties, people per team), held against the programme's thresholds and published figures, and
/// placed among the recorded deployments when a store is given. The overall verdict is the worst line.
/// </summary>
public sealed partial class ClaimAssessment
{
    public required ReportedOperation Claim { get; init; }
    public required string Programme { get; init; }
    public required IReadOnlyList<ClaimFigure> Figures { get; init; }

    /// <summary>Figures the claim does not allow (a number missing), in words.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The recorded deployments the claim was placed among; null when no store was given.</summary>
    public RecordedOperations? Recorded { get; init; }

    /// <summary>The worst verdict of any line; <see cref="Verdict.NotJudged"/> when no figure could be judged.</summary>
    public Verdict Overall => Figures.Count == 0 ? Verdict.NotJudged : Figures.Max(f => f.Verdict);

    public ClaimFigure? Figure(string id) => Figures.FirstOrDefault(f => f.Id == id);

    public static ClaimAssessment Assess(ReportedOperation claim, ProgrammeRules rules, RecordedOperations? recorded = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(rules);
        claim.Validate();
        var a = new Assessor(claim, rules, recorded);
        a.Density();
        a.Productivity();
        a.ByHand();
        a.MachinesAndDogs();
        a.DevicesPerPersonDay();
        a.CasualtiesPerPeople();
        a.CasualtiesPerDevices();
        a.PeoplePerTeam();
        return new ClaimAssessment { Claim = claim, Programme = rules.Name, Figures = a.Figures, Notes = a.Notes, Recorded = recorded };
    }

    internal static Verdict FromSeverity(Severity s) => s switch
    {
        Severity.Error => Verdict.Implausible,
        Severity.Warning => Verdict.Unusual,
        _ => Verdict.Plausible,
    };
}
