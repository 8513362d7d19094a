using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Plausibility;

public sealed partial class ClaimAssessment
{
    /// <summary>Builds the lines; one method per figure, in the partial files beside this one.</summary>
    private sealed partial class Assessor(ReportedOperation claim, ProgrammeRules rules, RecordedOperations? recorded)
    {
        public List<ClaimFigure> Figures { get; } = [];
        public List<string> Notes { get; } = [];

        private double? Area => claim.AreaM2;
        private double? PersonDays => claim.People is { } p && claim.Days is { } d ? p * d : null;
        private double T(string id) => rules.Threshold(id);

        /// <summary>The verdict when a rule's threshold is passed: its severity, or plausible when the programme turned the rule off.</summary>
        private Verdict Breach(string id) => rules.IsEnabled(id) ? FromSeverity(rules[id].Severity) : Verdict.Plausible;

        private void Add(ClaimFigure f) => Figures.Add(f);

        private void Missing(string figure, params (string Option, bool Given)[] needs)
        {
            var missing = needs.Where(n => !n.Given).Select(n => n.Option).ToList();
            Notes.Add(R("claim.not-assessed.missing", ("figure", figure), ("options", string.Join(R("claim.or"), missing))));
        }

        /// <summary>A line whose denominator is zero while its numerator is not: the claim contradicts itself.</summary>
        private void Impossible(string id, string label, string unit, string reference, string reason, string? rule = null) =>
            Add(new ClaimFigure(id, label, double.PositiveInfinity, unit, reference, Verdict.Implausible, reason, rule));

        private RecordedPlacement? Place(double value, Func<DeploymentRecord, double?> figure, string unit) =>
            recorded is null ? null
            : RecordedPlacement.Place(value, recorded.Deployments.Select(figure).OfType<double>().ToList(), figure(recorded.All), unit);

        private static string Times(double ratio) =>
            ratio >= 1.95 ? R("claim.times", ("ratio", ratio)) : ratio >= 1 ? R("claim.more-than", ("percent", (ratio - 1) * 100)) : R("claim.share-of", ("percent", ratio * 100));

        /// <summary>A sentence of the assessment in the reader's language, its figures as <c>{x, figure}</c>.</summary>
        private static string R(string id, params (string Name, object? Value)[] args) => Texts.Render(id, args);
    }
}
