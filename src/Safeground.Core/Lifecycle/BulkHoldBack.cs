using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// Which of a hazard's bulk-loaded reports may be approved: those the replay applies. A report that raises an
/// error flag is held back (stored, not approved) as the lifecycle would have refused to approve it, and the
/// hazard is replayed without it until nothing more is refused, so its stored state is the replay of the
/// reports that were approved.
/// </summary>
internal static class BulkHoldBack
{
    /// <summary>The hazard's state from the reports kept, or null when the survey creating it was held back.</summary>
    /// <returns>The state and, by report id, why each held-back report was held back.</returns>
    public static (HazardState? State, Dictionary<string, HeldBackReport> Held) Sort(string hazardId, IReadOnlyList<Report> group, ProgrammeRules rules)
    {
        var held = new Dictionary<string, HeldBackReport>(StringComparer.Ordinal);
        IReadOnlyList<Report> kept = group;
        while (true)
        {
            var state = HazardProjector.Replay(hazardId, kept, rules);
            if (state is null)
            {
                if (held.Count == 0) throw SafegroundException.Invalid(Texts.Render("error.report.hazard-no-non-technical-survey", ("hazardId", hazardId)));
                // Nothing to apply the rest to: they wait with the survey, and the hazard is not created.
                var creators = string.Join(", ", held.Keys.Order(StringComparer.Ordinal));
                foreach (var r in kept)
                    held[r.Id] = new HeldBackReport(r.Id, hazardId, $"hazard {hazardId} was not created: the report(s) recording it ({creators}) were held back", []);
                return (null, held);
            }
            // The replay does not apply a refused report, so later reports were already held against the hazard
            // without it; replaying again confirms that nothing else depended on it (and stops when nothing did).
            var keptIds = kept.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var refused = state.RuleFlags.Where(f => f.Severity == Severity.Error && keptIds.Contains(f.ReportId))
                .GroupBy(f => f.ReportId, StringComparer.Ordinal).ToList();
            if (refused.Count == 0) return (state, held);
            foreach (var flags in refused)
                held[flags.Key] = new HeldBackReport(flags.Key, hazardId,
                    string.Join("; ", flags.Select(f => f.Message).Distinct(StringComparer.Ordinal)), flags.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList());
            kept = group.Where(r => !held.ContainsKey(r.Id)).ToList();
        }
    }
}
