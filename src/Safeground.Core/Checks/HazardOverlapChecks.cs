using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Safeground.Core.Spatial;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// hazard-duplicate (two hazards drawn over the same land: their original polygons overlap by at least
/// the threshold share of the smaller) and hazard-overlap (two hazards not closed whose remaining
/// hazardous land overlaps by more than the threshold m²: the same land counted twice). Candidate pairs
/// come from an STR-tree of the original polygons' envelopes, each pair is tested once with a prepared
/// polygon before the ellipsoidal area of the intersection is computed. A duplicate is not also an overlap.
/// </summary>
internal sealed class HazardOverlapChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.HazardDuplicate) || sink.IsEnabled(RuleIds.HazardOverlap);

    public override IEnumerable<int> AcrossHazards(CheckContext context, FindingSink sink)
    {
        var hazards = context.Hazards.All;
        var tree = new STRtree<int>();
        for (int i = 0; i < hazards.Count; i++)
            if (!hazards[i].Original.IsEmpty) tree.Insert(hazards[i].Original.EnvelopeInternal, i);
        if (tree.Count == 0) yield break;
        tree.Build();
        bool duplicates = sink.IsEnabled(RuleIds.HazardDuplicate), overlaps = sink.IsEnabled(RuleIds.HazardOverlap);
        double share = duplicates ? sink.Threshold(RuleIds.HazardDuplicate) : 0;
        double overlapLimit = overlaps ? sink.Threshold(RuleIds.HazardOverlap) : 0;
        var candidates = new List<int>();
        for (int i = 0; i < hazards.Count; i++)
        {
            var a = hazards[i];
            if (a.Original.IsEmpty) continue;
            candidates.Clear();
            tree.Query(a.Original.EnvelopeInternal, new ItemCollector(candidates));
            IPreparedGeometry? prepared = null;
            foreach (int j in candidates)
            {
                var b = hazards[j];
                // Each pair once, the lower id first (hazards arrive ordered by id).
                if (string.CompareOrdinal(b.HazardId, a.HazardId) <= 0) continue;
                prepared ??= PreparedGeometryFactory.Prepare(a.Original);
                if (!prepared.Intersects(b.Original)) continue;
                if (duplicates && Duplicate(a, b, share, sink)) continue;
                if (overlaps) Overlap(a, b, overlapLimit, sink);
            }
            yield return i;
        }
    }

    private static bool Duplicate(HazardFacts a, HazardFacts b, double share, FindingSink sink)
    {
        double smaller = Math.Min(a.OriginalM2, b.OriginalM2);
        if (smaller <= 0) return false;
        double common = Polygons.AreaM2(Polygons.Intersection(a.Original, b.Original));
        double s = common / smaller;
        if (s < share) return false;
        sink.Add(RuleIds.HazardDuplicate, RecordRef.Hazard(a.HazardId),
            "check.hazard-duplicate",
            TextArgs.Of(("hazard", a.HazardId), ("other", b.HazardId), ("common", common), ("share", s), ("smaller", smaller), ("threshold", share)),
            s, share);
        return true;
    }

    private static void Overlap(HazardFacts a, HazardFacts b, double limit, FindingSink sink)
    {
        if (a.Remaining is null || b.Remaining is null) return; // closed: nothing hazardous left to count twice
        if (!a.Remaining.EnvelopeInternal.Intersects(b.Remaining.EnvelopeInternal)) return;
        double common = Polygons.AreaM2(Polygons.Intersection(a.Remaining, b.Remaining));
        if (common <= limit) return;
        sink.Add(RuleIds.HazardOverlap, RecordRef.Hazard(a.HazardId),
            "check.hazard-overlap", TextArgs.Of(("hazard", a.HazardId), ("other", b.HazardId), ("common", common), ("limit", limit)),
            common, limit);
    }

    private sealed class ItemCollector(List<int> into) : NetTopologySuite.Index.IItemVisitor<int>
    {
        public void VisitItem(int item) => into.Add(item);
    }
}
