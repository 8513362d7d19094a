using System.Globalization;
using Safeground.Core.Access;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Rules;

/// <summary>
/// Sets a store's programme rules (<c>safeground rules set</c>): the file is validated before anything is written; the new
/// version is stored and every approved hazard is replayed with it in the same transaction (the SHA/CHA suggestion and the
/// flags depend on the rules), so the projections stay what <see cref="ProjectionRebuild"/> makes of the store. Submitted
/// reports are checked again with the old and the new rules, and those whose verdict turned are listed.
/// </summary>
public sealed class RulesChange(ISafegroundStore store, TimeProvider clock)
{
    /// <param name="json">The rules file's text, stored byte for byte.</param>
    /// <param name="source">Where it came from (the file's path), for error messages.</param>
    /// <param name="by">Who sets them: an admin (<see cref="AccessPolicy.CanSetRules"/>).</param>
    /// <param name="note">Why, for the history.</param>
    public RulesChangeResult Set(string json, string source, User by, string? note)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(by);
        if (!AccessPolicy.CanSetRules(by))
            throw SafegroundException.Forbidden(Texts.Render("error.rules.cannot-set-programme-s-rules", ("username", by.Username), ("role", Words.Id(by.Role)), ("disabled", by.Disabled ? Texts.Render("word.disabled-suffix") : "")));
        var next = ProgrammeRules.Parse(json, source);
        var previous = StoredProgramme.Read(store);

        var pending = store.Reports(ReportStatus.Submitted).Select(r => r.Report).ToList();
        var before = new ReportLifecycle(store, clock, previous.Rules);
        var after = new ReportLifecycle(store, clock, next);
        var nowFail = new List<PendingReportChange>();
        var noLonger = new List<PendingReportChange>();
        foreach (var report in pending)
        {
            var was = Errors(before, report);
            var now = Errors(after, report);
            if (now.Count > 0 && was.Count == 0) nowFail.Add(new PendingReportChange(report.Id, now));
            else if (now.Count == 0 && was.Count > 0) noLonger.Add(new PendingReportChange(report.Id, []));
        }

        using var tx = store.BeginWrite();
        var stored = tx.AddRules(json, by.Username, clock.GetUtcNow(), string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        // Read under the write lock, so no approval slips in between the replay and its write.
        var current = store.Hazards().ToDictionary(h => h.HazardId, Signature, StringComparer.Ordinal);
        var states = ProjectionRebuild.Hazards(store, next).ToList();
        int changed = 0;
        foreach (var state in states)
        {
            if (current.TryGetValue(state.HazardId, out var was) && was == Signature(state)) continue;
            tx.PutHazard(state);
            changed++;
        }
        tx.Commit();
        return new RulesChangeResult(stored, next, previous, pending.Count, nowFail, noLonger, states.Count, changed);
    }

    private static List<RuleFlag> Errors(ReportLifecycle lifecycle, Report report) =>
        lifecycle.Flags(report).Where(f => f.Severity == Severity.Error).ToList();

    // What a replay under other rules can change: the class suggestion, the status, the areas (a sliver absorbed or not),
    // the releases and the flags. Areas to the cm², as the stores keep doubles exactly but overlay may differ in the last bits.
    private static string Signature(HazardState h) => string.Create(CultureInfo.InvariantCulture,
        $"{h.Class}|{h.Status}|{h.OriginalM2:F2}|{h.CancelledM2:F2}|{h.ReducedM2:F2}|{h.ClearedM2:F2}|{h.RemainingM2:F2}|{h.Releases.Count}|{h.HandedOverTo}|")
        + string.Join("|", h.RuleFlags.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.ReportId}/{f.RuleId}/{f.Severity}/{f.Figure}/{f.Threshold}/{f.Message}")));
}
