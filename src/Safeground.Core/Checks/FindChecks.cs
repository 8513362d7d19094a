using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// find-outside-activity (a find further than the threshold outside the original polygon of every
/// hazard its report concerns) and find-deeper-than-clearance (a find deeper than the depth its hazard
/// was cleared to). Finds are read from the approved reports, the same rows as the finds layer.
/// Distances use <see cref="LocalMetres"/>; only finds outside the polygon are measured.
/// </summary>
internal sealed class FindChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.FindOutsideActivity) || sink.IsEnabled(RuleIds.FindDeeperThanClearance);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        var finds = report.Body.AllFinds;
        if (finds.Count == 0) return;
        var hazards = report.HazardIds().Select(context.Hazards.Find).OfType<HazardFacts>().Where(h => !h.Original.IsEmpty).ToList();
        if (hazards.Count == 0) return; // an EOD spot task: no hazard to be outside of
        var own = context.Hazards.Find(report.HazardId);
        bool outside = sink.IsEnabled(RuleIds.FindOutsideActivity), deeper = sink.IsEnabled(RuleIds.FindDeeperThanClearance);
        double limit = outside ? sink.Threshold(RuleIds.FindOutsideActivity) : 0;
        IPointOnGeometryLocator[]? locators = null;
        for (int i = 0; i < finds.Count; i++)
        {
            var find = finds[i];
            if (outside && !find.Position.IsEmpty)
            {
                locators ??= hazards.Select(h => (IPointOnGeometryLocator)new IndexedPointInAreaLocator(h.Original)).ToArray();
                Outside(report, i, find, hazards, locators, limit, sink);
            }
            if (deeper && own?.ClearanceDepthCm is { } cleared && find.DepthCm is { } depth && depth > cleared)
                sink.Add(RuleIds.FindDeeperThanClearance, RecordRef.Find(report.Id, i),
                    "check.find-deeper-than-clearance",
                    TextArgs.Of(("find", $"{report.Id}#{i}"), ("what", Describe(find)), ("depth", depth), ("cleared", cleared), ("hazard", own.HazardId)),
                    depth, cleared);
        }
    }

    private static void Outside(Report report, int index, EoFind find, List<HazardFacts> hazards, IPointOnGeometryLocator[] locators, double limit, FindingSink sink)
    {
        var at = find.Position.Coordinate;
        foreach (var l in locators) if (l.Locate(at) != Location.Exterior) return;
        double nearest = double.MaxValue;
        HazardFacts? by = null;
        foreach (var h in hazards)
        {
            double d = LocalMetres.Distance(find.Position, h.Original);
            if (d < nearest) (nearest, by) = (d, h);
        }
        if (nearest <= limit || by is null) return;
        sink.Add(RuleIds.FindOutsideActivity, RecordRef.Find(report.Id, index),
            "check.find-outside-activity",
            TextArgs.Of(("find", $"{report.Id}#{index}"), ("what", Describe(find)), ("distance", nearest), ("hazard", by.HazardId), ("limit", limit)),
            nearest, limit);
    }

    // The find as the reader names it: its category's word, and its model when known (a model is data: "PFM-1").
    private static string Describe(EoFind f) => f.Model is null
        ? Texts.Render("check.find-what", ("category", Words.Id(f.Category)))
        : Texts.Render("check.find-what-model", ("category", Words.Id(f.Category)), ("model", f.Model));
}
