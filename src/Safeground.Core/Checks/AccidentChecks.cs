using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// accident-missing-fields: an accident report without the IMAS 10.60 minimum Safeground asks for:
/// the device's category, the activity at the time, and the victims (or an explicit statement that
/// nobody was hurt, <see cref="AccidentReport.NoVictims"/>: an empty list alone may be a form left blank).
/// </summary>
internal sealed class AccidentChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.AccidentMissingFields);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        if (report.Body is not AccidentReport a) return;
        var missing = new List<string>(3);
        if (a.DeviceCategory is null) missing.Add("check.accident.lacks.device-category");
        if (string.IsNullOrWhiteSpace(a.ActivityAtTime)) missing.Add("check.accident.lacks.activity");
        if (a.Victims.Count == 0 && a.NoVictims != true) missing.Add("check.accident.lacks.victims");
        if (missing.Count == 0) return;
        sink.Add(RuleIds.AccidentMissingFields, RecordRef.Report(report.Id),
            "check.accident-missing-fields", TextArgs.Of(("report", report.Id), ("missing", Texts.List(missing))));
    }
}
