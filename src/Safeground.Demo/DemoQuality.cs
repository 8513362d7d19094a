using Safeground.Core.Ordnance;
using Safeground.Core.Quality;
using Safeground.Core.Reports;
using Safeground.Core.Spatial;

namespace Safeground.Demo;

/// <summary>
/// Quality management in the operation demo (IMAS 07.12): QA visits to the first cleared hazards' teams, QC samples of
/// their released land on the operation's last day (the first fails: a PMN-2 in the sample, and the land around it is
/// reopened), a non-conformity from a QA visit closed a week later and one from the failed sample still open.
/// Stamped from their own numbers, so the other reports keep their ids. Samples come on the last day so that no land
/// is released after the programme's first sample (qc-overdue holds land from then on) and the demo's check finds only
/// what it plants.
/// </summary>
internal static class DemoQuality
{
    private const int Sampled = 4;

    public static List<Report> Write(HazardPlan plan, int ordinal, ReportStamper stamper, int lastDay)
    {
        var h = plan.Sketch;
        var team = plan.Clearance!.Team;
        int done = plan.Clearance.CompletionDay!.Value;
        var reports = new List<Report>();
        if (ordinal < 3)
        {
            int failed = ordinal == 0 ? 2 : 0;
            reports.Add(stamper.Stamp(h.Id, team, done, 3, new QaVisit(team.Id, 20 - failed, failed,
                failed > 0 ? "detector functional checks not logged on two days; lane marking complete" : "marking, records and procedures in order")));
            if (ordinal == 0)
            {
                var raised = stamper.Stamp(h.Id, team, done, 4, new NonConformity(NonConformitySeverity.Minor,
                    "detector functional checks not logged", "log every detector check at the start of work", stamper.Date(done + 14)));
                reports.Add(raised);
                reports.Add(stamper.Stamp(h.Id, team, done + 7, 3, new NonConformity(NonConformitySeverity.Minor,
                    "checks logged daily since the visit", Closes: raised.Id, ClosedOn: stamper.Date(done + 7))));
            }
        }
        if (ordinal >= Sampled) return reports;
        double lot = Polygons.AreaM2(h.Task);
        var plan2859 = SamplePlan.For(lot);
        if (ordinal > 0)
        {
            reports.Add(stamper.Stamp(h.Id, team, lastDay, 5, new QcSampling(h.Task, null, null, plan2859.SampleM2, QcResult.Passed, [])));
            return reports;
        }
        var at = h.Task.InteriorPoint;
        var find = new EoFind(EoCategory.ApMine, "PMN-2", 1, EoCondition.Intact, 12, at, Disposal.DestroyedInSitu);
        var qc = stamper.Stamp(h.Id, team, lastDay, 5, new QcSampling(h.Task, null, null, plan2859.SampleM2, QcResult.Failed, [find]));
        reports.Add(qc);
        // The land within about 15 m of the find goes back to hazardous, for the team to clear again.
        double dLat = 15 / 111_320.0, dLon = dLat / Math.Cos(at.Y * Math.PI / 180);
        var square = Geo.Factory.CreatePolygon([new(at.X - dLon, at.Y - dLat), new(at.X + dLon, at.Y - dLat), new(at.X + dLon, at.Y + dLat),
            new(at.X - dLon, at.Y + dLat), new(at.X - dLon, at.Y - dLat)]);
        reports.Add(stamper.Stamp(h.Id, team, lastDay, 6, new Reopening(Polygons.Intersection(square, h.Task), $"QC sample {qc.Id} found a PMN-2", qc.Id)));
        reports.Add(stamper.Stamp(h.Id, team, lastDay, 7, new NonConformity(NonConformitySeverity.Critical,
            $"PMN-2 left in cleared land (QC sample {qc.Id})", "re-clear the reopened land; retrain the section on overlap of detector sweeps",
            stamper.Date(lastDay + 14))));
        return reports;
    }

    /// <summary>Whether a hazard's plan takes part: cleared well before the end, no mistake planted on it.</summary>
    public static bool Takes(HazardPlan plan, int lastDay) =>
        plan.Plant == default && plan.Clearance is { CompletionDay: int done } && done + 20 <= lastDay;
}
