using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Core.Projections;

/// <summary>
/// Recomputes every projection from the approved reports alone. The incrementally maintained
/// state must always equal this; <see cref="Rebuild"/> rewrites the projections from it.
/// </summary>
public static class ProjectionRebuild
{
    /// <summary>Every hazard's state replayed from its approved reports, ordered by hazard id.</summary>
    public static IEnumerable<HazardState> Hazards(ISafegroundStore store)
    {
        var byHazard = new SortedDictionary<string, List<Report>>(StringComparer.Ordinal);
        foreach (var r in store.Reports(ReportStatus.Approved))
        {
            foreach (var h in r.Report.HazardIds())
            {
                if (!byHazard.TryGetValue(h, out var list)) byHazard[h] = list = [];
                list.Add(r.Report);
            }
        }
        foreach (var (hazardId, reports) in byHazard)
            if (HazardProjector.Replay(hazardId, reports) is { } state) yield return state;
    }

    /// <summary>Deletes and rewrites every projection from the approved reports, in one transaction.</summary>
    public static int Rebuild(ISafegroundStore store)
    {
        var hazards = Hazards(store).ToList();
        var regions = hazards.ToDictionary(h => h.HazardId, h => h.Region, StringComparer.Ordinal);
        var reports = store.Reports(ReportStatus.Approved).Select(r => r.Report).ToList();
        using var tx = store.BeginWrite(WriteMode.Bulk);
        tx.ClearProjections();
        foreach (var h in hazards) tx.PutHazard(h);
        foreach (var r in reports)
        {
            var region = r.HazardId is { } id ? regions.GetValueOrDefault(id) : null;
            tx.AddFinds(ProjectionRows.Finds(r, region));
            if (ProjectionRows.Accident(r, region) is { } a) tx.PutAccident(a);
        }
        tx.Commit();
        return hazards.Count;
    }
}
