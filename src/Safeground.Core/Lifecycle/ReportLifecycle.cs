using Safeground.Core.Access;
using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// Submit → approve or reject; supersede. The use cases every host calls. Approving a report replays
/// its hazard from all approved reports and writes the new projection in the same transaction as the
/// status change, so the stored state never disagrees with the reports behind it.
/// </summary>
/// <remarks>
/// The IMAS land-release rules (<see cref="HazardProjector"/>) are applied twice: at submission,
/// against the approved state of the day, so the field hears at once that a step is illegal; and at
/// approval, because other reports may have been approved in between.
/// </remarks>
public sealed class ReportLifecycle(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules)
{
    private readonly ProgrammeRules _rules = rules ?? throw new ArgumentNullException(nameof(rules));
    // The reference lists as one batch reads them (a sync of hundreds of reports reads them once); null between batches,
    // so each single submission reads them afresh: a team retired since the last one (through the API, in a long-lived
    // host) is refused at once.
    private ReferenceCheck? _references;

    /// <summary>
    /// Submits a report entered directly into the store (<c>safeground report submit</c>, a paper form): its
    /// <c>submittedBy</c> is kept, and a missing <c>submittedAt</c> is the clock's time.
    /// </summary>
    public ReportRecord Submit(Report report) => Store(Checked(report, Submission.Direct(store, report)));

    /// <summary>
    /// Submits a report for the signed-in <paramref name="submitter"/>: who and when are theirs and the clock's.
    /// A <c>submittedBy</c> naming someone else is refused; a <c>submittedAt</c> is replaced by the clock's time.
    /// </summary>
    public ReportRecord Submit(Report report, User submitter)
    {
        ArgumentNullException.ThrowIfNull(submitter);
        return Store(Checked(report, Submission.SignedIn(submitter)));
    }

    /// <summary>
    /// Submits for a signed-in user, once: the same report sent again (same id, same content, same submitter:
    /// <see cref="Submission.Repeated"/>) is answered with the stored record instead of a conflict, whatever became of it.
    /// A different report under a stored id is still refused (409).
    /// </summary>
    public SubmissionReceipt SubmitOnce(Report report, User submitter)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(submitter);
        if (Submission.Repeated(store, report, submitter) is { } stored) return new SubmissionReceipt(stored, AlreadyReceived: true);
        try
        {
            return new SubmissionReceipt(Submit(report, submitter), AlreadyReceived: false);
        }
        catch (SafegroundException e) when (e.Kind == ErrorKind.Conflict && Submission.Repeated(store, report, submitter) is { } raced)
        {
            // The first copy was stored between the look above and the write (two tabs, a retry racing its original).
            return new SubmissionReceipt(raced, AlreadyReceived: true);
        }
    }

    private ReportRecord Store((Report Report, ReportEvent Submitted) checkedReport)
    {
        using var tx = store.BeginWrite();
        tx.AddReport(checkedReport.Report, checkedReport.Submitted);
        tx.Commit();
        return new ReportRecord(checkedReport.Report, ReportStatus.Submitted, null, null, null);
    }

    /// <summary>
    /// Submits several reports in one transaction (a field kit's sync): each is checked exactly as <see cref="Submit(Report)"/>
    /// checks it; one that is refused is listed with its reason and does not stop the others; one whose id is already
    /// stored is left as it is. Either every accepted report is stored or, on a storage failure, none.
    /// </summary>
    /// <param name="reports">The kit's reports.</param>
    /// <param name="deliveredBy">
    /// The signed-in user who pushes the kit's reports (null: a store synced directly, whose operator is trusted as for
    /// <see cref="Submit(Report)"/>). Each report must be for an organisation they may submit for and name as its author
    /// them or a user of this store they may deliver for (<see cref="AccessPolicy.CanDeliverFor"/>); its <c>submittedAt</c>,
    /// the time it was written in the field, is kept unless missing (then the clock's) or later than the clock (refused).
    /// </param>
    public IReadOnlyList<SubmissionOutcome> SubmitAll(IEnumerable<Report> reports, User? deliveredBy = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var outcomes = new List<SubmissionOutcome>();
        var accepted = new List<(Report Report, ReportEvent Submitted)>();
        InBatch(() => Check(reports, r => deliveredBy is null ? Submission.Direct(store, r) : Submission.Delivered(store, deliveredBy),
            unit: false, outcomes, accepted, []));
        Store(accepted);
        return outcomes;
    }

    /// <summary>
    /// Submits a batch as one unit (a file of reports, an API array): checked in the batch's order, each against the
    /// approved state plus the batch's earlier reports (so a completion after its clearance in the same file passes),
    /// and stored all or nothing: if any report is refused nothing is stored and the exception lists each refused
    /// report with its reason. With <paramref name="partial"/> the accepted ones are stored and the refused ones listed
    /// in the outcomes. Approval still checks each report against what is approved by then.
    /// </summary>
    /// <param name="submitter">The signed-in user (as <see cref="Submit(Report, User)"/>), or null for the store's operator (<see cref="Submit(Report)"/>).</param>
    /// <exception cref="SafegroundException">All or nothing, and a report was refused: of its kind when the refusals share one, otherwise Invalid.</exception>
    public IReadOnlyList<SubmissionOutcome> SubmitBatch(IReadOnlyList<Report> reports, User? submitter = null, bool partial = false)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var outcomes = new List<SubmissionOutcome>();
        var accepted = new List<(Report Report, ReportEvent Submitted)>();
        var refusals = new List<SafegroundException>();
        InBatch(() => Check(reports, r => submitter is null ? Submission.Direct(store, r) : Submission.SignedIn(submitter),
            unit: true, outcomes, accepted, refusals));
        if (refusals.Count > 0 && !partial)
        {
            // One report refused alone keeps its own message and kind (409 for a duplicate, 403 for a right it lacks).
            if (reports.Count == 1) throw refusals[0];
            var kinds = refusals.Select(e => e.Kind).Distinct().ToList();
            var refused = outcomes.Where(o => o.Status == SubmissionStatus.Refused).ToList();
            throw new SafegroundException(kinds.Count == 1 ? kinds[0] : ErrorKind.Invalid,
                Texts.Render("error.report.batch-refused", ("refused", refused.Count), ("count", reports.Count))
                + string.Concat(refused.Select(o => $"\n  {o.ReportId}: {o.Reason}")));
        }
        Store(accepted);
        return outcomes;
    }

    private void InBatch(Action check)
    {
        _approvedDuringBatch = new Dictionary<string, List<Report>>(StringComparer.Ordinal);
        _references = new ReferenceCheck(store);
        try
        {
            check();
        }
        finally
        {
            _approvedDuringBatch = null;
            _references = null;
        }
    }

    private void Store(List<(Report Report, ReportEvent Submitted)> accepted)
    {
        if (accepted.Count == 0) return;
        using var tx = store.BeginWrite();
        foreach (var (report, submitted) in accepted) tx.AddReport(report, submitted);
        tx.Commit();
    }

    // A sync (unit false) skips a report already stored or sent twice and checks each against the approved state alone;
    // a batch submitted as one unit refuses those, and checks each report as if the batch's earlier ones were approved.
    private void Check(IEnumerable<Report> reports, Func<Report, Submission> submission, bool unit,
        List<SubmissionOutcome> outcomes, List<(Report Report, ReportEvent Submitted)> accepted, List<SafegroundException> refusals)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            try
            {
                if (!seen.Add(report.Id) || store.FindReport(report.Id) is not null)
                {
                    if (!unit)
                    {
                        outcomes.Add(new SubmissionOutcome(report.Id, SubmissionStatus.AlreadyPresent));
                        continue;
                    }
                    throw SafegroundException.Conflict(Texts.Render(store.FindReport(report.Id) is null ? "error.report.exists-in-batch" : "error.report.report-already-exists", ("report", report.Id)));
                }
                var ok = Checked(report, submission(report));
                accepted.Add(ok);
                outcomes.Add(new SubmissionOutcome(report.Id, SubmissionStatus.Accepted));
                if (unit) AsIfApproved(ok.Report);
            }
            catch (SafegroundException e)
            {
                outcomes.Add(new SubmissionOutcome(report.Id, SubmissionStatus.Refused, e.Message));
                refusals.Add(e);
            }
        }
    }

    // The batch's later reports are checked against this one as if it were approved (it is not: approval checks again).
    private void AsIfApproved(Report report)
    {
        foreach (var hazardId in report.HazardIds())
        {
            _ = ApprovedReportsOf(hazardId, except: null); // loads the hazard's approved reports once
            _approvedDuringBatch![hazardId].Add(report);
        }
    }

    // Everything a submission must pass, before anything is written: the report as it will be stored, and its first event.
    private (Report Report, ReportEvent Submitted) Checked(Report report, Submission submission)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.GetUtcNow();
        if (submission.Accountable && submission.Actor is { } actor && !string.IsNullOrWhiteSpace(report.OrganisationId)
            && !AccessPolicy.CanSubmit(actor, report.OrganisationId))
            throw SafegroundException.Forbidden(Texts.Render("error.report.cannot-submit-reports-organisation", ("username", actor.Username), ("organisationId", report.OrganisationId)));
        report = submission.Stamp(report, now);
        ReportValidation.Check(report, now);
        (_references ?? new ReferenceCheck(store)).Check(report);
        if (store.FindReport(report.Id) is not null)
            throw SafegroundException.Conflict(Texts.Render("error.report.report-already-exists", ("report", report.Id)));
        if (report.Supersedes is { } old)
        {
            var target = store.FindReport(old) ?? throw SafegroundException.NotFound(Texts.Render("error.report.report-supersedes-which-does-not", ("report", report.Id), ("old", old)));
            if (!AccessPolicy.CanProposeCorrection(submission.Actor, report.OrganisationId, target.Report.OrganisationId))
                throw SafegroundException.Forbidden(CorrectionRefused(report, target.Report, submission.Actor));
            if (target.Status != ReportStatus.Approved)
                throw SafegroundException.Conflict(Texts.Render("error.report.report-supersedes-which-only-approved", ("report", report.Id), ("old", old), ("status", Words.Id(target.Status))));
            if (string.IsNullOrWhiteSpace(report.SupersedeReason))
                throw SafegroundException.Invalid(Texts.Render("error.report.report-supersedes-but-gives-no", ("report", report.Id), ("old", old)));
        }
        report = WithSpannedHazards(report);
        var breaches = Breaches(report).ToList();
        if (breaches.Count > 0)
            throw SafegroundException.Invalid(Texts.Render("error.report.not-accepted", ("report", report.Id), ("breaches", string.Join("; ", breaches))));
        return (report, new ReportEvent(report.Id, ReportStatus.Submitted, now, submission.By ?? report.SubmittedBy, null));
    }

    private static string CorrectionRefused(Report report, Report target, User? actor) => actor is null
        ? Texts.Render("error.report.correction-by-stranger", ("report", report.Id), ("organisation", report.OrganisationId), ("target", target.Id),
            ("targetOrganisation", target.OrganisationId), ("submittedBy", report.SubmittedBy))
        : Texts.Render("error.report.correction-other-organisation", ("username", actor.Username), ("target", target.Id), ("targetOrganisation", target.OrganisationId));

    /// <summary>Approves report <paramref name="reportId"/> under the name of <paramref name="approvedBy"/>, a user of the store (<see cref="Decider"/>).</summary>
    public ReportRecord Approve(string reportId, string approvedBy) => Approve(reportId, Decider(approvedBy));

    /// <summary>
    /// Approves a submitted report: <paramref name="approver"/> must be allowed to decide on it (and, for a correction, on the
    /// report it replaces), and, unless the programme's rules allow it, must not have submitted or delivered it.
    /// </summary>
    public ReportRecord Approve(string reportId, User approver)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var record = Pending(reportId, "word.verb.approve");
        var report = record.Report;
        MayDecide(approver, report, "word.verb.approve");
        if (report.Supersedes is { } replaced && store.FindReport(replaced) is { } target
            && !AccessPolicy.CanApproveCorrection(approver, report.OrganisationId, target.Report.OrganisationId))
            throw SafegroundException.Forbidden(Texts.Render("error.report.approve-correction-other-organisation", ("username", approver.Username), ("report", reportId),
                ("replaced", replaced), ("organisation", target.Report.OrganisationId)));
        if (!_rules.AllowSelfApproval && SubmittersOf(report).Contains(approver.Username))
            throw SafegroundException.Forbidden(Texts.Render("error.report.self-approval", ("username", approver.Username), ("report", reportId), ("programme", _rules.Name)));
        string approvedBy = approver.Username;
        // Two reports may supersede the same one (a field kit and the office corrected it apart): approving one
        // settles it, and the other must then be rejected, not approved on top of it.
        if (report.Supersedes is { } contested && store.FindReport(contested) is { Status: not ReportStatus.Approved } settled)
        {
            var by = store.History(contested).LastOrDefault(e => e.Status == ReportStatus.Superseded)?.Reason;
            throw SafegroundException.Conflict(by is null
                ? Texts.Render("error.report.competing-correction", ("report", reportId), ("contested", contested), ("status", Words.Id(settled.Status)))
                : Texts.Render("error.report.competing-correction.by", ("report", reportId), ("contested", contested), ("status", Words.Id(settled.Status)), ("by", by)));
        }
        var approved = new ReportEvent(reportId, ReportStatus.Approved, clock.GetUtcNow(), approvedBy, null);

        using var tx = store.BeginWrite();
        tx.Record(approved);
        string? superseded = null;
        if (report.Supersedes is { } old)
        {
            superseded = old;
            tx.Record(new ReportEvent(old, ReportStatus.Superseded, approved.At, approvedBy, $"superseded by {reportId}: {report.SupersedeReason}"));
            tx.RemoveFinds(old);
            tx.RemoveAccident(old);
            tx.RemoveRiskEducation(old);
            tx.RemoveIncident(old);
        }
        var breaches = Breaches(report).ToList();
        if (breaches.Count > 0)
            throw SafegroundException.Conflict(Texts.Render("error.report.not-approved", ("report", reportId), ("breaches", string.Join("; ", breaches))));
        var hazardIds = new HashSet<string>(report.HazardIds(), StringComparer.Ordinal);
        if (superseded is not null && store.FindReport(superseded)?.Report is { } oldReport) hazardIds.UnionWith(oldReport.HazardIds());

        HazardState? hazard = null;
        foreach (var hazardId in hazardIds)
        {
            var reports = ApprovedReportsOf(hazardId, except: superseded).Append(report);
            var state = HazardProjector.Replay(hazardId, reports, _rules);
            if (state is null && hazardId == report.HazardId)
                throw SafegroundException.Conflict(Texts.Render("error.report.report-hazard-which-no-approved", ("reportId", reportId), ("hazardId", hazardId)));
            if (state is not null) tx.PutHazard(state);
            if (hazardId == report.HazardId) hazard = state;
        }
        tx.AddFinds(ProjectionRows.Finds(report, hazard?.Region));
        if (ProjectionRows.Accident(report, hazard?.Region) is { } accident) tx.PutAccident(accident);
        if (RiskEducation.RiskEducationRecord.Of(report, hazard?.Region) is { } session) tx.PutRiskEducation(session);
        if (Casualties.IncidentRecord.Of(report) is { } incident) tx.PutIncident(incident);
        tx.Commit();
        return new ReportRecord(report, ReportStatus.Approved, null, approved.At, approvedBy);
    }

    /// <summary>Rejects report <paramref name="reportId"/> under the name of <paramref name="rejectedBy"/>, a user of the store (<see cref="Decider"/>).</summary>
    public ReportRecord Reject(string reportId, string rejectedBy, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw SafegroundException.Invalid(Texts.Render("error.report.rejecting-report-needs-reason-author", ("reportId", reportId)));
        return Reject(reportId, Decider(rejectedBy), reason);
    }

    /// <summary>Rejects a submitted report, with the reason its author will read; <paramref name="rejecter"/> must be allowed to decide on it.</summary>
    public ReportRecord Reject(string reportId, User rejecter, string reason)
    {
        ArgumentNullException.ThrowIfNull(rejecter);
        if (string.IsNullOrWhiteSpace(reason))
            throw SafegroundException.Invalid(Texts.Render("error.report.rejecting-report-needs-reason-author", ("reportId", reportId)));
        var record = Pending(reportId, "word.verb.reject");
        MayDecide(rejecter, record.Report, "word.verb.reject");
        string rejectedBy = rejecter.Username;
        var rejected = new ReportEvent(reportId, ReportStatus.Rejected, clock.GetUtcNow(), rejectedBy, reason);
        using var tx = store.BeginWrite();
        tx.Record(rejected);
        tx.Commit();
        return record with { Status = ReportStatus.Rejected, StatusReason = reason, DecidedAt = rejected.At, DecidedBy = rejectedBy };
    }

    /// <summary>
    /// The user a decision taken outside the server (<c>safeground report approve --by NAME</c>) is recorded under: a known,
    /// enabled user of the store; what they may decide is then asked as for a signed-in user.
    /// </summary>
    public User Decider(string username)
    {
        if (string.IsNullOrWhiteSpace(username)) throw SafegroundException.Invalid(Texts.Render("error.report.decision-needs-name-data-manager"));
        var user = store.FindUser(username)?.User
            ?? throw SafegroundException.Invalid(Texts.Render("error.report.not-user-decision-recorded-under", ("username", username), ("location", store.Location)));
        if (user.Disabled) throw SafegroundException.Forbidden(Texts.Render("error.report.user-disabled-cannot-decide-reports", ("username", username)));
        return user;
    }

    private static void MayDecide(User user, Report report, string verb)
    {
        if (user.Role < Role.DataManager)
            throw SafegroundException.Forbidden(Texts.Render("error.report.cannot-reports-data-manager-does", ("username", user.Username), ("role", Words.Id(user.Role)), ("verb", verb)));
        if (!AccessPolicy.CanDecide(user, report.OrganisationId))
            throw SafegroundException.Forbidden(Texts.Render("error.report.cannot-decide-reports-organisation", ("username", user.Username), ("organisationId", report.OrganisationId)));
    }

    // Who put the report before the reviewer: its author and whoever submitted it to this store (a kit's reports are delivered by the syncing user).
    private HashSet<string> SubmittersOf(Report report)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { report.SubmittedBy };
        foreach (var e in store.History(report.Id)) if (e.Status == ReportStatus.Submitted) names.Add(e.By);
        return names;
    }

    private ReportRecord Pending(string reportId, string verb)
    {
        var record = store.FindReport(reportId) ?? throw SafegroundException.NotFound(Texts.Render("error.report.report-does-not-exist", ("reportId", reportId)));
        if (record.Status != ReportStatus.Submitted)
            throw SafegroundException.Conflict(Texts.Render("error.report.cannot-report-already", ("verb", verb), ("reportId", reportId), ("status", Words.Id(record.Status))));
        return record;
    }

    /// <summary>
    /// The land-release rules <paramref name="report"/> would break if approved now, one message each:
    /// the report replayed with its hazards' approved reports (without the one it supersedes).
    /// </summary>
    public IEnumerable<string> Breaches(Report report) =>
        Flags(report).Where(f => f.Severity == Severity.Error).Select(f => f.Message);

    /// <summary>
    /// Every flag the replay raises against <paramref name="report"/> (errors, and the warnings and
    /// corrections a reviewer reads), or the one hazard-exists error when it creates a hazard that is already recorded.
    /// </summary>
    internal IEnumerable<RuleFlag> Flags(Report report, IEnumerable<HazardState>? replayed = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Body is NonTechnicalSurvey { Action: SurveyAction.Create } && report.HazardId is { } created
            && store.FindHazard(created) is { } existing)
        {
            yield return RuleFlag.Of(report.Id, RuleIds.HazardExists, Severity.Error, "rule.hazard-exists",
                TextArgs.Of(("hazard", created), ("recorded", existing.CreatedOn)));
            yield break;
        }
        foreach (var state in replayed ?? Replayed(report))
            foreach (var flag in state.RuleFlags)
                if (flag.ReportId == report.Id) yield return flag;
    }

    /// <summary>The state of each hazard <paramref name="report"/> concerns, as if it were approved now.</summary>
    internal IEnumerable<HazardState> Replayed(Report report)
    {
        foreach (var hazardId in report.HazardIds())
        {
            var reports = ApprovedReportsOf(hazardId, except: report.Supersedes).Where(r => r.Id != report.Id).Append(report);
            if (HazardProjector.Replay(hazardId, reports, _rules) is { } state) yield return state;
        }
    }

    // A release whose polygon reaches other hazards' remaining land is split by hazard: each takes
    // its part. The hazards are found here, once, and written into the report, so that replaying it
    // later gives the same split whatever has been recorded since.
    internal Report WithSpannedHazards(Report report)
    {
        if (report.AlsoHazards is { } given)
        {
            foreach (var other in given)
                if (store.FindHazard(other) is null)
                    throw SafegroundException.NotFound(Texts.Render("error.report.report-also-concerns-hazard-which", ("report", report.Id), ("other", other)));
            return report;
        }
        var claim = Polygons.Polygonal(report.Body.Claimed);
        if (claim.IsEmpty) return report;
        double tolerance = _rules.Threshold(RuleIds.GeometryDegenerate); // a sliver of a neighbour is round-off, not a span
        var others = new List<string>();
        foreach (var h in store.HazardsIntersecting(claim.EnvelopeInternal))
        {
            if (h.HazardId == report.HazardId || h.Status == Hazards.HazardStatus.Closed) continue;
            var overlap = Polygons.Intersection(claim, h.Remaining);
            if (!overlap.IsEmpty && Polygons.AreaM2(overlap) > tolerance) others.Add(h.HazardId);
        }
        return others.Count == 0 ? report : report with { AlsoHazards = others };
    }


    private IEnumerable<Report> ApprovedReportsOf(string hazardId, string? except)
    {
        if (_approvedDuringBatch is null)
            return store.ReportsOfHazard(hazardId, ReportStatus.Approved).Where(r => r.Report.Id != except).Select(r => r.Report);
        if (!_approvedDuringBatch.TryGetValue(hazardId, out var approved))
            _approvedDuringBatch[hazardId] = approved = store.ReportsOfHazard(hazardId, ReportStatus.Approved).Select(r => r.Report).ToList();
        return approved.Where(r => r.Id != except);
    }

    // While SubmitAll or SubmitBatch checks a batch nothing is approved, so each hazard's approved reports are read once per batch,
    // not once per report: a kit's 500 reports on a hazard with hundreds of pending ones would otherwise parse them all 500 times.
    // SubmitBatch adds each accepted report of the batch (AsIfApproved), so the next is checked against it.
    private Dictionary<string, List<Report>>? _approvedDuringBatch;

}
