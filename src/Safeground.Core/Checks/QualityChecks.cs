using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// Quality management (IMAS 07.12) over the store:
/// qc-overdue: land a hazard released more than N days ago (the rule's threshold) with no quality control sampling of
/// that hazard dated on or after it (one finding per hazard, about its oldest unsampled release). Quality control is
/// held after the programme's first recorded sample: land released up to its day (historical records, imports of years
/// of releases, a programme that has not started sampling) is not reported, or every old release would be a finding;
/// 
/// qc-failed-not-reopened: a failed sample with no reopening of its hazard dated on or after it;
/// non-conformity-open: a non-conformity past its due date that no later non-conformity report closes.
/// qc-sample-outside-released and reopening-outside-released are the replay's (<see cref="ReplayFlags"/>): they
/// depend on what the hazard had released at the report's date.
/// </summary>
internal sealed class QualityChecks : RuleFamily
{
    // Per hazard, the release dates (reopenings are not releases): a few dates each, not the polygons.
    private readonly Dictionary<string, List<(DateOnly Date, double M2)>> _released = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _lastSample = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _lastReopening = new(StringComparer.Ordinal);
    private readonly List<Report> _failed = [];
    private DateOnly? _firstSample;
    private readonly List<Report> _nonConformities = [];
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);

    public override bool Enabled(FindingSink sink) =>
        sink.IsEnabled(RuleIds.QcOverdue) || sink.IsEnabled(RuleIds.QcFailedNotReopened) || sink.IsEnabled(RuleIds.NonConformityOpen);

    public override void Hazard(HazardState hazard, CheckContext context, FindingSink sink)
    {
        List<(DateOnly, double)>? dates = null;
        foreach (var r in hazard.Releases)
        {
            if (r.Method == ReleaseMethod.Reopened || r.AreaM2 <= 0) continue;
            (dates ??= []).Add((r.Date, r.AreaM2));
        }
        if (dates is not null) _released[hazard.HazardId] = dates;
    }

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        switch (report.Body)
        {
            case QcSampling qc when report.HazardId is { } h:
                Later(_lastSample, h, report.DateOfInformation);
                if (_firstSample is null || report.DateOfInformation < _firstSample) _firstSample = report.DateOfInformation;
                if (qc.Result == QcResult.Failed) _failed.Add(report);
                break;
            case Reopening:
                foreach (var h in report.HazardIds()) Later(_lastReopening, h, report.DateOfInformation);
                break;
            case NonConformity nc:
                if (nc.Closes is { } closes) _closed.Add(closes);
                else _nonConformities.Add(report);
                break;
        }
    }

    public override void Finish(CheckContext context, FindingSink sink)
    {
        if (sink.IsEnabled(RuleIds.QcOverdue)) Overdue(context, sink);
        if (sink.IsEnabled(RuleIds.QcFailedNotReopened))
        {
            foreach (var r in _failed)
            {
                if (_lastReopening.TryGetValue(r.HazardId!, out var reopened) && reopened >= r.DateOfInformation) continue;
                sink.Add(RuleIds.QcFailedNotReopened, RecordRef.Report(r.Id), "check.qc-failed-not-reopened",
                    TextArgs.Of(("report", r.Id), ("hazard", r.HazardId), ("date", r.DateOfInformation)));
            }
        }
        if (sink.IsEnabled(RuleIds.NonConformityOpen))
        {
            foreach (var r in _nonConformities)
            {
                var nc = (NonConformity)r.Body;
                if (nc.Due is not { } due || due >= context.Today || _closed.Contains(r.Id)) continue;
                int late = context.Today.DayNumber - due.DayNumber;
                sink.Add(RuleIds.NonConformityOpen, RecordRef.Report(r.Id), "check.non-conformity-open",
                    TextArgs.Of(("report", r.Id), ("severity", Words.Id(nc.Severity)), ("due", due), ("days", late)), late);
            }
        }
    }

    private void Overdue(CheckContext context, FindingSink sink)
    {
        double limit = sink.Threshold(RuleIds.QcOverdue);
        if (_firstSample is not { } start) return;
        foreach (var (hazard, releases) in _released.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            bool sampled = _lastSample.TryGetValue(hazard, out var last);
            DateOnly? oldest = null;
            double m2 = 0;
            foreach (var (date, area) in releases)
            {
                if (date <= start || (sampled && date <= last)) continue;
                if (oldest is null || date < oldest) oldest = date;
                m2 += area;
            }
            if (oldest is not { } since) continue;
            int days = context.Today.DayNumber - since.DayNumber;
            if (days <= limit) continue;
            sink.Add(RuleIds.QcOverdue, RecordRef.Hazard(hazard), "check.qc-overdue",
                TextArgs.Of(("hazard", hazard), ("area", m2), ("since", since), ("days", days), ("limit", limit)), days, limit);
        }
    }

    private static void Later(Dictionary<string, DateOnly> last, string hazard, DateOnly date)
    {
        if (!last.TryGetValue(hazard, out var d) || date > d) last[hazard] = date;
    }
}
