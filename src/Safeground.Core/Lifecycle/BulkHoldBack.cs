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

    /// <summary>
    /// Which of <paramref name="added"/> may be approved on a hazard the store already holds with its
    /// <paramref name="approved"/> reports (a historical release import). Taken one by one in replay order, a report is held
    /// back when it raises an error of its own or makes an error appear on any other report: an approved report cannot be
    /// un-approved, so a backdated release that would turn a later clearance illegal (clearing cancelled land, a release on
    /// a closed hazard) is the one that waits for review.
    /// </summary>
    /// <returns>The hazard's state from the approved and kept reports, and why each held-back report was held back.</returns>
    public static (HazardState? State, Dictionary<string, HeldBackReport> Held) SortAdded(
        string hazardId, IReadOnlyList<Report> approved, IReadOnlyList<Report> added, ProgrammeRules rules)
    {
        var held = new Dictionary<string, HeldBackReport>(StringComparer.Ordinal);
        var kept = approved.ToList();
        var state = HazardProjector.Replay(hazardId, kept, rules);
        var errors = Errors(state);
        foreach (var report in added.Order(ReplayOrder.Instance))
        {
            kept.Add(report);
            var next = HazardProjector.Replay(hazardId, kept, rules);
            var nextErrors = Errors(next);
            var fresh = nextErrors.Where(f => !errors.Remove(f)).ToList();
            if (fresh.Count == 0 && next is not null)
            {
                (state, errors) = (next, nextErrors);
                continue;
            }
            kept.RemoveAt(kept.Count - 1);
            errors = Errors(state);
            var reasons = fresh.Select(f => f.ReportId == report.Id ? f.Message
                    : Texts.Render("import.release.breaks-approved", ("report", f.ReportId), ("message", f.Message)))
                .Distinct(StringComparer.Ordinal).ToList();
            if (reasons.Count == 0) reasons.Add(Texts.Render("error.report.hazard-no-non-technical-survey", ("hazardId", hazardId)));
            held[report.Id] = new HeldBackReport(report.Id, hazardId, string.Join("; ", reasons), fresh.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList());
        }
        return (state, held);
    }

    // Error flags as a multiset (a store loaded before hold-backs existed may already carry some).
    private static List<RuleFlag> Errors(HazardState? state) =>
        state is null ? [] : state.RuleFlags.Where(f => f.Severity == Severity.Error).ToList();
}
