using Safeground.Core.Geometry;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Projections;

/// <summary>
/// Replays a hazard's approved reports into its current state. Pure and deterministic: the same
/// reports give the same state, whatever order they arrive in.
/// </summary>
/// <remarks>
/// Each release takes only what is still hazardous (claimed ∩ remaining) and removes it from the
/// remaining polygon, so overlapping releases and releases that stick out of the hazard never count
/// twice, and cancelled + reduced + cleared + remaining = original holds at every step.
/// </remarks>
public static class HazardProjector
{
    /// <summary>Below this many m² left, a completed hazard counts as closed (slivers from overlay round-off).</summary>
    public const double ClosedBelowM2 = 1.0;

    public static HazardState? Replay(string hazardId, IEnumerable<Report> approvedReports)
    {
        var ordered = approvedReports.Where(r => r.HazardId == hazardId).Order(ReplayOrder.Instance).ToList();
        Ledger? ledger = null;
        foreach (var report in ordered)
        {
            if (ledger is null)
            {
                if (report.Body is NonTechnicalSurvey { Action: SurveyAction.Create } create) ledger = new Ledger(hazardId, report, create);
                continue; // reports before the hazard exists change nothing; the rules reject them at approval
            }
            ledger.Apply(report);
        }
        return ledger?.ToState();
    }

    private sealed class Ledger
    {
        private readonly string _hazardId;
        private readonly string _organisationId;
        private readonly DateOnly _createdOn;
        private string? _name;
        private string? _region;
        private HazardClass _class;
        private HazardStatus _status = HazardStatus.Open;
        private NtsGeometry _original;
        private NtsGeometry _remaining;
        private readonly List<ReleaseEvent> _releases = [];
        private readonly List<Evidence> _evidence = [];
        private readonly List<EoCategory> _categories = [];
        private int _finds;
        private int _accidents;
        private int? _depth;
        private Report _last;
        private int _count;

        public Ledger(string hazardId, Report report, NonTechnicalSurvey create)
        {
            _hazardId = hazardId;
            _organisationId = report.OrganisationId;
            _createdOn = report.DateOfInformation;
            _name = create.Name;
            _region = create.Region;
            _original = Polygons.Polygonal(create.Perimeter);
            _remaining = _original;
            _evidence.AddRange(create.Evidence);
            AddCategories(create.SuspectedCategories);
            _class = create.Class ?? Suggest(_evidence);
            _last = report;
            _count = 1;
        }

        public void Apply(Report report)
        {
            _last = report;
            _count++;
            switch (report.Body)
            {
                case NonTechnicalSurvey nts:
                    ApplySurvey(report, nts);
                    break;
                case TechnicalSurvey ts:
                    if (ts.ConfirmsCha) _class = HazardClass.Cha;
                    Release(report, ReleaseMethod.Reduced, ts.Reduced);
                    Work();
                    break;
                case ClearanceProgress progress:
                    Release(report, ReleaseMethod.Cleared, progress.AreaWorked);
                    Work();
                    break;
                case Completion completion:
                    Release(report, ReleaseMethod.Cleared, completion.Cleared);
                    _depth = completion.ClearanceDepthCm;
                    _status = RemainingM2() < ClosedBelowM2 ? HazardStatus.Closed : HazardStatus.InProgress;
                    break;
                case AccidentReport:
                    _accidents++;
                    _evidence.Add(new Evidence(EvidenceType.Accident, EvidenceSource.Records, report.Id));
                    _class = HazardClass.Cha; // an accident is direct evidence
                    break;
                case EodSpotTask:
                    break;
            }
            foreach (var find in report.Body.AllFinds)
            {
                _finds += find.Quantity;
                AddCategories([find.Category]);
            }
            if (report.Body.AllFinds.Count > 0) _class = HazardClass.Cha; // EO found is direct evidence
        }

        private void ApplySurvey(Report report, NonTechnicalSurvey nts)
        {
            if (nts.Name is not null) _name = nts.Name;
            if (nts.Region is not null) _region = nts.Region;
            _evidence.AddRange(nts.Evidence);
            AddCategories(nts.SuspectedCategories);
            if (nts.Action == SurveyAction.Cancel)
            {
                Release(report, ReleaseMethod.Cancelled, nts.Cancelled ?? _remaining);
                if (RemainingM2() < ClosedBelowM2) _status = HazardStatus.Closed;
                return;
            }
            if (nts.Perimeter is not null) Reshape(Polygons.Polygonal(nts.Perimeter));
            _class = nts.Class ?? (_class == HazardClass.Cha ? HazardClass.Cha : Suggest(_evidence));
        }

        // A new perimeter keeps what was already released inside it; releases outside it no longer count.
        private void Reshape(NtsGeometry perimeter)
        {
            _original = perimeter;
            _remaining = perimeter;
            for (int i = 0; i < _releases.Count; i++)
            {
                var r = _releases[i];
                var (kept, rest) = Polygons.Split(_remaining, r.Area);
                _remaining = rest;
                _releases[i] = r with { Area = kept, AreaM2 = Polygons.AreaM2(kept) };
            }
        }

        private void Release(Report report, ReleaseMethod method, NtsGeometry? claimed)
        {
            var claim = Polygons.Polygonal(claimed);
            if (claim.IsEmpty) return;
            // Split, not Intersection then Difference: it keeps new vertices on the geodesic edges
            // that the areas are measured along, so the released and remaining areas add up.
            var (taken, rest) = Polygons.Split(_remaining, claim);
            if (taken.IsEmpty) return;
            _remaining = rest;
            _releases.Add(new ReleaseEvent(_hazardId, report.Id, method, report.DateOfInformation, taken, Polygons.AreaM2(taken), Polygons.AreaM2(claim)));
        }

        private void Work()
        {
            if (_status == HazardStatus.Open) _status = HazardStatus.InProgress;
        }

        private double RemainingM2() => Polygons.AreaM2(_remaining);

        private void AddCategories(IEnumerable<EoCategory> categories)
        {
            foreach (var c in categories) if (!_categories.Contains(c)) _categories.Add(c);
        }

        private static HazardClass Suggest(IEnumerable<Evidence> evidence) =>
            evidence.Any(e => e.IsDirect) ? HazardClass.Cha : HazardClass.Sha;

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
            return new HazardState(
                _hazardId, _name, _region, _organisationId, _class, _status,
                _original, _remaining,
                Polygons.AreaM2(_original), Sum(ReleaseMethod.Cancelled), Sum(ReleaseMethod.Reduced), Sum(ReleaseMethod.Cleared), RemainingM2(),
                _evidence.ToList(), _categories.ToList(), releases,
                _finds, _accidents, _depth, _createdOn, _last.DateOfInformation, _last.Id, _count);
        }
    }
}
