using NetTopologySuite.Algorithm.Locate;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>A hazard's whole plan: its story, the clearance a team did of it, and accidents on it.</summary>
internal sealed record HazardPlan(HazardSketch Sketch, ClearancePlan? Clearance, IReadOnlyList<PlannedAccident> Accidents)
{
    /// <summary>Technical survey defines the task as the part that needs full clearance (the DHA).</summary>
    public bool DefinesHazardousArea { get; init; }
    /// <summary>The day the cleared land is handed over to its users, if within the window.</summary>
    public (int Day, Handover Certificate)? Handover { get; init; }
    /// <summary>A mistake planted on purpose for <c>safeground check</c> to find.</summary>
    public DemoPlant Plant { get; init; }
    /// <summary>Civilian casualty incidents on the hazard (the operation's only), numbered apart by their own stamper.</summary>
    public IReadOnlyList<PlannedIncident> Incidents { get; init; } = [];
}

/// <summary>
/// Writes a hazard plan as reports in date order: NTS create, amendment, cancellation, technical
/// survey, progress reports with finds inside the strip worked, accidents and the completion report.
/// Finds come from the hazard's own random stream so they are the same however the sequence is walked.
/// </summary>
internal static class HazardWriter
{
    private const int MaxFindsPerReport = 3_000;

    /// <param name="incidents">Numbers the civilian incidents (null when the plan has none).</param>
    public static List<Report> Write(int seed, HazardPlan plan, ReportStamper stamper, ReportStamper? incidents = null)
    {
        var h = plan.Sketch;
        var rng = DemoRandom.For(seed, 3, h.Index);
        var events = new List<(int Day, int Phase, Team Team, ReportBody Body)>
        {
            (h.CreateDay, 0, h.Team, new NonTechnicalSurvey(SurveyAction.Create, h.Name, h.Region, h.Class, Perimeter(plan), null,
                h.Evidence, DemoOrdnance.Suspected(h.Profile))),
        };
        if (h.AmendDay is int amend && !(h.CancelledWhole && amend >= h.CancelDay))
        {
            bool direct = h.AmendEvidence.Any(e => e.IsDirect);
            events.Add((amend, 1, h.Team, new NonTechnicalSurvey(SurveyAction.Amend, null, null, direct ? HazardClass.Cha : null, null, null,
                h.AmendEvidence, [])));
        }
        if (h.CancelDay is int cancel)
            events.Add((cancel, 2, h.Team, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, h.Cancelled, [], [])));
        if (h.SurveyDay is int survey)
        {
            var finds = Finds(rng, h, h.Task, h.SurveyFinds);
            events.Add((survey, 3, h.Team, new TechnicalSurvey(h.Reduced, finds.Count > 0 || h.Class == HazardClass.Cha, finds,
                plan.DefinesHazardousArea && !h.Task.IsEmpty ? h.Task : null)));
        }
        if (plan.Clearance is { } clearance)
        {
            bool findPlanted = false;
            for (int k = 0; k < clearance.Strips.Count; k++)
            {
                var strip = clearance.Strips[k];
                int count = Math.Min(MaxFindsPerReport, rng.Poisson(h.Density * strip.AreaM2));
                var finds = Finds(rng, h, strip.Area, count);
                if (plan.Plant == DemoPlant.FindFarOutside && !findPlanted && finds.Count > 0)
                {
                    // Latitude and longitude typed with a digit wrong: the first find lands about 330 m north.
                    var at = finds[0].Position;
                    finds[0] = finds[0] with { Position = Safeground.Core.Spatial.Geo.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(at.X, at.Y + 0.003)) };
                    findPlanted = true;
                }
                string? suspended = k == clearance.Strips.Count - 1 ? clearance.SuspendedBecause : null;
                events.Add((strip.Day, 4, clearance.Team, new ClearanceProgress(strip.Drawn ?? strip.Area, strip.DeminerDays, strip.MachineHours, finds, suspended)));
            }
            if (clearance.CompletionDay is int done)
                events.Add((done, 6, clearance.Team, new Completion(h.CompletionArea(), DemoOrdnance.ClearanceDepthCm(h.Profile), [])));
        }
        foreach (var a in plan.Accidents) events.Add((a.Day, 5, a.Team, a.Body));
        if (plan.Handover is { } handover) events.Add((handover.Day, 7, h.Team, handover.Certificate));

        StateContaminationType(events, h);
        events.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Phase.CompareTo(b.Phase));
        var reports = new List<Report>(events.Count);
        int slot = 0;
        for (int i = 0; i < events.Count; i++)
        {
            slot = i > 0 && events[i - 1].Day == events[i].Day ? slot + 1 : 0;
            reports.Add(stamper.Stamp(h.Id, events[i].Team, events[i].Day, slot, events[i].Body));
        }
        // After the hazard's own reports, so their numbers stay as they were; replay orders them by date.
        if (incidents is not null)
            foreach (var incident in plan.Incidents) reports.Add(incidents.Stamp(h.Id, h.Team, incident.Day, 9, incident.Body));
        return plan.Incidents.Count == 0 || incidents is null ? reports : [.. reports.OrderBy(r => r.DateOfInformation)]; // stable: a day's order kept
    }

    // The surveys state the type the hazard's EO, suspected and planted, suggests: the demo's surveyors know what its
    // teams will find, so `safeground check` notes no disagreement and `status --by type` has every type a profile
    // plants (an IED found on a former position makes it improvised mines, a submunition strike cluster munitions).
    private static void StateContaminationType(List<(int Day, int Phase, Team Team, ReportBody Body)> events, HazardSketch h)
    {
        var eo = new List<EoCategory>(DemoOrdnance.Suspected(h.Profile));
        foreach (var e in events) eo.AddRange(e.Body.AllFinds.Select(f => f.Category));
        var type = ContaminationSuggestion.From(eo);
        for (int i = 0; i < events.Count; i++)
        {
            events[i] = events[i] with
            {
                Body = events[i].Body switch
                {
                    NonTechnicalSurvey { Action: SurveyAction.Create } nts => nts with { ContaminationType = type },
                    TechnicalSurvey ts => ts with { ContaminationType = type },
                    var other => other,
                },
            };
        }
    }

    // The perimeter as published carries a vertex wherever a later release cuts it, so the ledger adds up exactly.
    private static NtsGeometry Perimeter(HazardPlan plan)
    {
        var cuts = plan.Sketch.Cuts.ToList();
        if (plan.Clearance is { } c) cuts.AddRange(c.Strips.Select(x => x.CutU).Where(u => !double.IsNaN(u)));
        return DemoClip.WithCuts(plan.Sketch.Frame, plan.Sketch.Perimeter, cuts);
    }

    private static List<EoFind> Finds(Random rng, HazardSketch h, NtsGeometry area, int count)
    {
        var finds = new List<EoFind>(count);
        if (count == 0 || area.IsEmpty) return finds;
        var locator = new IndexedPointInAreaLocator(area);
        for (int i = 0; i < count; i++) finds.Add(DemoOrdnance.Make(rng, h.Profile, DemoShapes.PointIn(rng, area, locator)));
        return finds;
    }
}
