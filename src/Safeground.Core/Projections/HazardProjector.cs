using NetTopologySuite.Operation.Valid;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Projections;

/// <summary>
/// Replays a hazard's approved reports into its current state, applying the IMAS land-release rules.
/// Pure and deterministic: the same reports give the same state, whatever order they arrive in.
/// </summary>
/// <remarks>
/// Each release takes only what is still hazardous (claimed ∩ remaining) and removes it from the
/// remaining polygon, so overlapping releases and releases that stick out of the hazard never count
/// twice, and cancelled + reduced + cleared + remaining = original holds at every step. A report that
/// breaks a rule (clearing cancelled land, a completion that leaves area, a report dated before the
/// hazard) is flagged on the state (<see cref="HazardState.Flags"/>). A report whose flag is an error
/// (the programme's severity) is not applied at all: the ledger stays exactly as it was before it and
/// only the error is kept. The lifecycle refuses to approve such a report and bulk loads hold it back
/// (<see cref="Lifecycle.BulkLoader"/>), so only stores loaded before that keep error flags, for `safeground check`.
/// </remarks>
public static class HazardProjector
{
    /// <summary>Below this many m² left, a completed hazard counts as closed (slivers from overlay round-off).</summary>
    public const double ClosedBelowM2 = 1.0;

    public static HazardState? Replay(string hazardId, IEnumerable<Report> approvedReports, ProgrammeRules rules) =>
        Run(hazardId, approvedReports, rules, null);

    /// <summary>
    /// The same replay, with the state after each report that was applied to the hazard (the creating
    /// survey first): a hazard's history, from the one ledger, so every step conserves area as the end state does.
    /// </summary>
    public static IReadOnlyList<(Report Report, HazardState State)> History(string hazardId, IEnumerable<Report> approvedReports, ProgrammeRules rules)
    {
        var steps = new List<(Report, HazardState)>();
        Run(hazardId, approvedReports, rules, (report, state) => steps.Add((report, state)));
        return steps;
    }

    private static HazardState? Run(string hazardId, IEnumerable<Report> approvedReports, ProgrammeRules rules, Action<Report, HazardState>? after)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ordered = approvedReports.Where(r => r.Concerns(hazardId)).Order(ReplayOrder.Instance).ToList();
        Ledger? ledger = null;
        var early = new List<Report>();
        foreach (var report in ordered)
        {
            if (ledger is null)
            {
                if (report.HazardId == hazardId && report.Body is NonTechnicalSurvey { Action: SurveyAction.Create } create)
                {
                    ledger = new Ledger(hazardId, report, create, rules);
                    foreach (var e in early) ledger.Early(e);
                    after?.Invoke(report, ledger.ToState());
                }
                else
                {
                    early.Add(report); // nothing to apply it to: flagged once the hazard exists
                }
                continue;
            }
            if (ledger.Apply(report)) after?.Invoke(report, ledger.ToState());
        }
        return ledger?.ToState();
    }

    private sealed class Ledger
    {
        private readonly string _hazardId;
        private readonly string _organisationId;
        private readonly DateOnly _createdOn;
        private readonly ProgrammeRules _rules;
        private string? _name;
        private string? _region;
        private HazardClass _class;
        private ContaminationType? _type;
        private HazardStatus _status = HazardStatus.Open;
        private NtsGeometry _original;
        private NtsGeometry _remaining;
        private NtsGeometry _defined = Geo.Empty;
        private readonly List<ReleaseEvent> _releases = [];
        private readonly List<Evidence> _evidence = [];
        private readonly List<EoCategory> _categories = [];
        private readonly List<RuleFlag> _flags = [];
        private int _finds;
        private int _accidents;
        private int? _depth;
        private string? _handedOverTo;
        private DateOnly? _handedOverOn;
        private Report _last;
        private int _count;

        public Ledger(string hazardId, Report report, NonTechnicalSurvey create, ProgrammeRules rules)
        {
            _hazardId = hazardId;
            _rules = rules;
            _organisationId = report.OrganisationId;
            _createdOn = report.DateOfInformation;
            _name = create.Name;
            _region = create.Region;
            _last = report;
            _original = Polygonal(report, "field.perimeter", create.Perimeter);
            _remaining = _original;
            _evidence.AddRange(create.Evidence);
            AddCategories(create.SuspectedCategories);
            _class = create.Class ?? rules.Evidence.Suggest(_evidence);
            _type = create.ContaminationType;
            _count = 1;
        }

        /// <summary>A report dated before the survey that recorded the hazard: not applied, flagged.</summary>
        public void Early(Report report) =>
            Flag(report, RuleIds.ReportBeforeHazard, "rule.report-before-hazard",
                TextArgs.Of(("report", report.Id), ("date", report.DateOfInformation), ("hazard", _hazardId), ("recorded", _createdOn)), notApplied: true);

        /// <summary>
        /// Applies one report, unless it raises an error flag: then the ledger is put back exactly as it was
        /// (areas, status, class, depth, handover, counts) and only the error is kept, saying it was not applied.
        /// An error means the step is illegal; counting it anyway would put land in the figures that the
        /// programme says is not released (or not hazardous), whatever path the report came by.
        /// </summary>
        /// <returns>Whether the report was applied.</returns>
        public bool Apply(Report report)
        {
            var before = Save();
            Change(report);
            bool refused = false;
            for (int i = before.Flags; i < _flags.Count && !refused; i++) refused = _flags[i].Severity == Severity.Error;
            if (!refused) return true;
            Restore(before);
            return false;
        }

        private void Change(Report report)
        {
            bool own = report.HazardId == _hazardId;
            if (own && report.Body is NonTechnicalSurvey { Action: SurveyAction.Create })
            {
                Flag(report, RuleIds.HazardExists, "rule.hazard-created-twice",
                    TextArgs.Of(("report", report.Id), ("hazard", _hazardId), ("first", _last.Id)), notApplied: true);
                return;
            }
            if (_status == HazardStatus.Closed && Releases(report.Body))
            {
                Flag(report, RuleIds.ReleaseOnClosedHazard, "rule.release-on-closed-hazard",
                    TextArgs.Of(("report", report.Id), ("hazard", _hazardId), ("closed", _last.DateOfInformation), ("closing", _last.Id)), notApplied: true);
                return;
            }
            _last = report;
            _count++;
            switch (report.Body)
            {
                case NonTechnicalSurvey nts:
                    ApplySurvey(report, nts);
                    break;
                case TechnicalSurvey ts:
                    if (ts.ConfirmsCha) _class = HazardClass.Cha;
                    if (ts.ContaminationType is { } tsType) _type = tsType;
                    Release(report, ReleaseMethod.Reduced, ts.Reduced, "field.reduced-area");
                    if (ts.Defined is { IsEmpty: false } defined)
                        _defined = Polygons.Intersection(Polygonal(report, "field.defined-area", defined), _remaining);
                    Work();
                    break;
                case ClearanceProgress progress:
                    CheckNotCancelled(report, progress.AreaWorked);
                    Release(report, ReleaseMethod.Cleared, progress.AreaWorked, "field.area-worked");
                    Work();
                    if (progress.SuspendedBecause is not null) _status = HazardStatus.Suspended;
                    break;
                case Completion completion:
                    CheckNotCancelled(report, completion.Cleared);
                    // A completion restates the whole task; land its own hazard already released is not "outside".
                    Release(report, ReleaseMethod.Cleared, completion.Cleared, "field.cleared-area", restates: own);
                    if (!own)
                    {
                        Work(); // a completion of a neighbouring hazard whose polygon reaches this one: its part is cleared
                        break;
                    }
                    _depth = completion.ClearanceDepthCm;
                    double left = RemainingM2();
                    if (left < ClosedBelowM2) _status = HazardStatus.Closed;
                    else
                    {
                        _status = HazardStatus.InProgress;
                        double limit = _rules.Threshold(RuleIds.CompletionLeavesArea);
                        if (left > limit)
                            Flag(report, RuleIds.CompletionLeavesArea, "rule.completion-leaves-area",
                                TextArgs.Of(("report", report.Id), ("hazard", _hazardId), ("left", left), ("limit", limit)),
                                left, limit);
                    }
                    break;
                case AccidentReport:
                    _accidents++;
                    _evidence.Add(new Evidence(EvidenceType.Accident, EvidenceSource.Records, report.Id));
                    _class = HazardClass.Cha; // an accident is direct evidence
                    break;
                case CasualtyIncident incident:
                    // A civilian incident is evidence of the hazard it lies in, as an accident is; it moves no land.
                    _evidence.Add(new Evidence(EvidenceType.Accident, EvidenceSource.Records, report.Id));
                    _class = HazardClass.Cha;
                    FlagOnReleased(report, incident);
                    break;
                case Handover handover:
                    if (_status != HazardStatus.Closed)
                    {
                        Flag(report, RuleIds.HandoverBeforeClosed, "rule.handover-before-closed",
                            TextArgs.Of(("report", report.Id), ("hazard", _hazardId), ("receiver", handover.ReceivedBy), ("left", RemainingM2())));
                        break;
                    }
                    _handedOverTo = handover.ReceivedBy;
                    _handedOverOn = report.DateOfInformation;
                    break;
                case Reopening reopening:
                    Reopen(report, reopening);
                    break;
                case QcSampling sample:
                    CheckSampleReleased(report, sample);
                    break;
                case EodSpotTask or QaVisit or NonConformity:
                    break; // evidence on the record: quality management changes no area until land is reopened
                case Safeground.Core.RiskEducation.RiskEducationSession:
                    break; // it speaks of hazards; it changes none
                default:
                    throw UnknownReportKind.Error(report.Body, "error.report.unknown-kind.projection", ("hazard", _hazardId), ("report", report.Id));
            }
            foreach (var find in report.Body.AllFinds)
            {
                _finds += find.Quantity;
                AddCategories([find.Category]);
            }
            if (report.Body.AllFinds.Count > 0) _class = HazardClass.Cha; // EO found is direct evidence
        }

        /// <summary>Everything a report can change, as it was before it (geometries are never mutated, only replaced).</summary>
        private sealed record Saved(
            string? Name, string? Region, HazardClass Class, ContaminationType? Type, HazardStatus Status,
            NtsGeometry Original, NtsGeometry Remaining, NtsGeometry Defined,
            ReleaseEvent[] Releases, Evidence[] Evidence, EoCategory[] Categories, int Flags,
            int Finds, int Accidents, int? Depth, string? HandedOverTo, DateOnly? HandedOverOn, Report Last, int Count);

        private Saved Save() => new(
            _name, _region, _class, _type, _status, _original, _remaining, _defined,
            [.. _releases], [.. _evidence], [.. _categories], _flags.Count,
            _finds, _accidents, _depth, _handedOverTo, _handedOverOn, _last, _count);

        // The refused report's errors stay, each saying it was not applied; its warnings and corrections
        // (a clipped claim, an absorbed sliver) described a change that did not happen, so they go.
        private void Restore(Saved s)
        {
            var errors = _flags.Skip(s.Flags).Where(f => f.Severity == Severity.Error)
                .Select(f => f.NotApplied == true ? f : f with { NotApplied = true })
                .ToList();
            _flags.RemoveRange(s.Flags, _flags.Count - s.Flags);
            _flags.AddRange(errors);
            (_name, _region, _class, _type, _status, _original, _remaining, _defined) = (s.Name, s.Region, s.Class, s.Type, s.Status, s.Original, s.Remaining, s.Defined);
            _releases.Clear();
            _releases.AddRange(s.Releases);
            _evidence.Clear();
            _evidence.AddRange(s.Evidence);
            _categories.Clear();
            _categories.AddRange(s.Categories);
            (_finds, _accidents, _depth, _handedOverTo, _handedOverOn, _last, _count) = (s.Finds, s.Accidents, s.Depth, s.HandedOverTo, s.HandedOverOn, s.Last, s.Count);
        }

        private static bool Releases(ReportBody body) => body is ClearanceProgress or Completion
            or TechnicalSurvey { Reduced.IsEmpty: false } or NonTechnicalSurvey { Action: SurveyAction.Cancel };

        private void ApplySurvey(Report report, NonTechnicalSurvey nts)
        {
            if (nts.Name is not null) _name = nts.Name;
            if (nts.Region is not null) _region = nts.Region;
            if (nts.ContaminationType is { } type) _type = type; // the latest survey that states one
            _evidence.AddRange(nts.Evidence);
            AddCategories(nts.SuspectedCategories);
            if (nts.Action == SurveyAction.Cancel)
            {
                Release(report, ReleaseMethod.Cancelled, nts.Cancelled ?? _remaining, "field.cancelled-area");
                if (RemainingM2() < ClosedBelowM2) _status = HazardStatus.Closed;
                return;
            }
            if (nts.Perimeter is not null) Reshape(Polygonal(report, "field.perimeter", nts.Perimeter));
            _class = nts.Class ?? (_class == HazardClass.Cha ? HazardClass.Cha : _rules.Evidence.Suggest(_evidence));
        }

        // A new perimeter keeps what was already released (and reopened) inside it; releases outside it no longer count.
        private void Reshape(NtsGeometry perimeter)
        {
            _original = perimeter;
            _remaining = perimeter;
            for (int i = 0; i < _releases.Count; i++)
            {
                var r = _releases[i];
                if (r.Method == ReleaseMethod.Reopened)
                {
                    var back = Polygons.Intersection(r.Area, perimeter);
                    _remaining = Polygons.Union(_remaining, back);
                    _releases[i] = r with { Area = back, AreaM2 = Polygons.AreaM2(back) };
                    continue;
                }
                var (kept, rest) = Polygons.Split(_remaining, r.Area);
                _remaining = rest;
                _releases[i] = r with { Area = kept, AreaM2 = Polygons.AreaM2(kept) };
            }
        }

        // A QC sample searches land the hazard released; a sample drawn mostly elsewhere checks nothing of the lot.
        private void CheckSampleReleased(Report report, QcSampling sample)
        {
            var drawn = Polygonal(report, "field.qc-sampled", sample.Sampled);
            if (drawn.IsEmpty) return;
            double m2 = Polygons.AreaM2(drawn);
            double inside = Polygons.AreaM2(Polygons.Intersection(drawn, Polygons.Difference(_original, _remaining)));
            double outside = m2 - inside, share = outside / m2, limit = _rules.Threshold(RuleIds.QcSampleOutsideReleased);
            if (outside < RoundOffM2 || share <= limit) return;
            Flag(report, RuleIds.QcSampleOutsideReleased, "rule.qc-sample-outside-released",
                TextArgs.Of(("report", report.Id), ("sampled", m2), ("outside", outside), ("share", share), ("hazard", _hazardId)), share, limit);
        }

        // Land returned to hazardous: only what the hazard released and has not reopened yet (original − remaining),
        // so the ledger's cancelled + reduced + cleared − reopened + remaining = original holds. A polygon reaching
        // beyond that land is clipped and the data manager told how much was left out. A closed hazard opens again.
        private void Reopen(Report report, Reopening reopening)
        {
            var claim = Polygonal(report, "field.reopened-area", reopening.Reopened);
            if (claim.IsEmpty) return;
            var released = Polygons.Difference(_original, _remaining);
            var (taken, _) = Polygons.Split(released, claim);
            double claimedM2 = Polygons.AreaM2(claim);
            double takenM2 = taken.IsEmpty ? 0 : Polygons.AreaM2(taken);
            double outside = claimedM2 - takenM2, share = outside / claimedM2, limit = _rules.Threshold(RuleIds.ReopeningOutsideReleased);
            if (report.AlsoHazards is not { Count: > 0 } && outside >= RoundOffM2 && share > limit)
                Flag(report, RuleIds.ReopeningOutsideReleased, "rule.reopening-outside-released",
                    TextArgs.Of(("report", report.Id), ("claimed", claimedM2), ("outside", outside), ("share", share), ("hazard", _hazardId), ("taken", takenM2)),
                    share, limit);
            if (taken.IsEmpty || takenM2 < RoundOffM2) return;
            _remaining = Polygons.Union(_remaining, taken);
            _releases.Add(new ReleaseEvent(_hazardId, report.Id, ReleaseMethod.Reopened, report.DateOfInformation, taken, takenM2, claimedM2));
            if (_status == HazardStatus.Closed) _status = HazardStatus.Open;
        }

        private void Release(Report report, ReleaseMethod method, NtsGeometry? claimed, string field, bool restates = false)
        {
            var claim = Polygonal(report, field, claimed);
            if (claim.IsEmpty) return;
            // Split, not Intersection then Difference: it keeps new vertices on the geodesic edges
            // that the areas are measured along, so the released and remaining areas add up.
            var (taken, rest) = Polygons.Split(_remaining, claim);
            double claimedM2 = Polygons.AreaM2(claim);
            double takenM2 = taken.IsEmpty ? 0 : Polygons.AreaM2(taken);
            FlagOutside(report, method, claim, claimedM2, takenM2, restates);
            if (taken.IsEmpty) return;
            _remaining = rest;
            _releases.Add(new ReleaseEvent(_hazardId, report.Id, method, report.DateOfInformation, taken, takenM2, claimedM2));
            if (!_defined.IsEmpty) _defined = Polygons.Difference(_defined, taken);
            AbsorbSlivers(report, method);
        }

        // A release that sticks out of the hazard (or covers land already released) is clipped; the
        // data manager is told how much was left out. A release spanning several hazards is split by
        // hazard (Report.AlsoHazards): its other parts belong to the other hazards, not "outside".
        // A completion restates land its hazard already released (it is the final polygon of the task): only
        // what lies outside the hazard's perimeter counts against it, measured only when the cheap test fails.
        private void FlagOutside(Report report, ReleaseMethod method, NtsGeometry claim, double claimedM2, double takenM2, bool restates)
        {
            if (report.AlsoHazards is { Count: > 0 } || claimedM2 <= 0) return;
            double outside = claimedM2 - takenM2;
            double share = outside / claimedM2, limit = _rules.Threshold(RuleIds.ReleaseOutsideHazard);
            // A polygon drawn a few metres past the edge (GPS, a lane's margin) is normal; a large share is not.
            if (outside < RoundOffM2 || share <= limit) return;
            if (restates)
            {
                outside = claimedM2 - Polygons.AreaM2(Polygons.Intersection(claim, _original));
                share = outside / claimedM2;
                if (outside < RoundOffM2 || share <= limit) return;
            }
            Flag(report, RuleIds.ReleaseOutsideHazard, restates ? "rule.release-outside-hazard" : "rule.release-outside-hazard-or-released",
                TextArgs.Of(("report", report.Id), ("claimed", claimedM2), ("method", Word(method)), ("outside", outside), ("share", share),
                    ("hazard", _hazardId), ("taken", takenM2)),
                share, limit);
        }

        // Pieces of the remaining polygon below the sliver tolerance, left by a release's edges, are
        // not land anyone will survey: they go with the release that cut them off (a release event of
        // their own, so the ledger's sums stay exact) and the data manager is told.
        private void AbsorbSlivers(Report report, ReleaseMethod method)
        {
            double tolerance = _rules.Threshold(RuleIds.GeometryDegenerate);
            if (_remaining.NumGeometries < 2) return;
            var keep = new List<NetTopologySuite.Geometries.Polygon>();
            var slivers = new List<NetTopologySuite.Geometries.Polygon>();
            for (int i = 0; i < _remaining.NumGeometries; i++)
            {
                var part = (NetTopologySuite.Geometries.Polygon)_remaining.GetGeometryN(i);
                (Polygons.AreaM2(part) < tolerance ? slivers : keep).Add(part);
            }
            if (slivers.Count == 0 || keep.Count == 0) return;
            var sliverArea = Geo.Factory.CreateMultiPolygon(slivers.ToArray());
            double m2 = Polygons.AreaM2(sliverArea);
            _remaining = keep.Count == 1 ? keep[0] : Geo.Factory.CreateMultiPolygon(keep.ToArray());
            _releases.Add(new ReleaseEvent(_hazardId, report.Id, method, report.DateOfInformation, sliverArea, m2, 0));
            Flag(report, RuleIds.GeometryDegenerate, "rule.slivers-absorbed",
                TextArgs.Of(("report", report.Id), ("count", slivers.Count), ("hazard", _hazardId), ("area", m2), ("tolerance", tolerance), ("method", Word(method))),
                m2, tolerance, Severity.Info);
        }

        private void CheckNotCancelled(Report report, NtsGeometry? claimed)
        {
            if (!_rules.IsEnabled(RuleIds.ClearingCancelledLand)) return;
            var claim = Polygons.Polygonal(claimed);
            if (claim.IsEmpty) return;
            double limit = _rules.Threshold(RuleIds.ClearingCancelledLand);
            double claimM2 = Polygons.AreaM2(claim);
            foreach (var r in _releases)
            {
                if (r.Method != ReleaseMethod.Cancelled) continue;
                var overlap = Polygons.Intersection(claim, r.Area);
                if (overlap.IsEmpty) continue;
                double m2 = Polygons.AreaM2(overlap), share = m2 / claimM2;
                // A lane drawn a metre over the cancelled edge is not clearing cancelled land; a share of it is.
                if (m2 < RoundOffM2 || share <= limit) continue;
                Flag(report, RuleIds.ClearingCancelledLand, "rule.clearing-cancelled-land",
                    TextArgs.Of(("report", report.Id), ("area", m2), ("share", share), ("hazard", _hazardId), ("cancelling", r.ReportId), ("cancelled", r.Date)),
                    share, limit);
            }
        }

        // Invalid polygons (self-intersections, wrong ring order, too few points) are repaired, and
        // the repair is recorded: what was wrong and how the area changed.
        private NtsGeometry Polygonal(Report report, string field, NtsGeometry? drawn)
        {
            if (drawn is null || drawn.IsEmpty) return Geo.Empty;
            if (drawn.IsValid) return Polygons.Polygonal(drawn);
            var error = new IsValidOp(drawn).ValidationError;
            var repaired = Polygons.Polygonal(drawn);
            Flag(report, RuleIds.GeometryInvalid, "rule.geometry-repaired",
                TextArgs.Of(("report", report.Id), ("field", field), ("error", error?.Message.ToLowerInvariant() ?? "invalid"), ("where", Where(error)),
                    ("area", repaired.IsEmpty ? 0 : Polygons.AreaM2(repaired))),
                severity: Severity.Info);
            return repaired;
        }

        private void Flag(Report report, string ruleId, string messageId, IReadOnlyDictionary<string, string> args,
            double? figure = null, double? threshold = null, Severity? severity = null, bool? notApplied = null)
        {
            var setting = _rules[ruleId];
            if (!setting.Enabled) return;
            _flags.Add(RuleFlag.Of(report.Id, ruleId, severity ?? setting.Severity, messageId, args, figure, threshold, notApplied));
        }

        // A casualty on land already released says the release may have missed something: a reader must look at it.
        private void FlagOnReleased(Report report, CasualtyIncident incident)
        {
            if (incident.Position is not { IsEmpty: false } point) return;
            foreach (var release in _releases)
            {
                if (release.Date > incident.OccurredOn || !release.Area.Covers(point)) continue;
                Flag(report, RuleIds.IncidentOnReleasedLand, "rule.incident-on-released-land",
                    TextArgs.Of(("report", report.Id), ("hazard", _hazardId), ("release", release.ReportId), ("released", release.Date), ("date", incident.OccurredOn)));
                return;
            }
        }

        private void Work()
        {
            if (_status is HazardStatus.Open or HazardStatus.Suspended) _status = HazardStatus.InProgress; // work resumed
        }

        private double RemainingM2() => Polygons.AreaM2(_remaining);

        private void AddCategories(IEnumerable<EoCategory> categories)
        {
            foreach (var c in categories) if (!_categories.Contains(c)) _categories.Add(c);
        }

        private const double RoundOffM2 = 1.0;

        // The release's word in a message (a text id, rendered in the reader's language).
        private static string Word(ReleaseMethod m) => "word.released." + m.ToString().ToLowerInvariant();

        private static string Where(TopologyValidationError? e) =>
            e?.Coordinate is { } c ? FormattableString.Invariant($"{c.X:0.######} {c.Y:0.######}") : "?";

        public HazardState ToState()
        {
            double Sum(ReleaseMethod m)
            {
                double s = 0;
                foreach (var r in _releases) if (r.Method == m) s += r.AreaM2;
                return s;
            }
            var releases = _releases.Where(r => !r.Area.IsEmpty).ToList();
            _categories.Sort();
            var defined = _defined.IsEmpty ? null : Polygons.Intersection(_defined, _remaining);
            return new HazardState(
                _hazardId, _name, _region, _organisationId, _class, _status,
                _original, _remaining,
                Polygons.AreaM2(_original), Sum(ReleaseMethod.Cancelled), Sum(ReleaseMethod.Reduced), Sum(ReleaseMethod.Cleared), RemainingM2(),
                _evidence.ToList(), _categories.ToList(), releases,
                _finds, _accidents, _depth, _createdOn, _last.DateOfInformation, _last.Id, _count,
                _flags.Count == 0 ? null : _flags.ToList(),
                defined is { IsEmpty: false } ? defined : null,
                _handedOverTo, _handedOverOn, _type);
        }
    }
}
