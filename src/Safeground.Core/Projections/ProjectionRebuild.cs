using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Core.Projections;

/// <summary>
/// Recomputes every projection from the approved reports alone. The incrementally maintained
/// state must always equal this; <see cref="Rebuild"/> rewrites the projections from it.
/// </summary>
public static class ProjectionRebuild
{
    /// <summary>Every hazard's state replayed from its approved reports, ordered by hazard id.</summary>
    public static IEnumerable<HazardState> Hazards(ISafegroundStore store, ProgrammeRules rules)
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
            if (HazardProjector.Replay(hazardId, reports, rules) is { } state) yield return state;
    }

    /// <summary>Deletes and rewrites every projection from the approved reports, in one transaction.</summary>
    public static int Rebuild(ISafegroundStore store, ProgrammeRules rules) => Rebuild(store, rules, keep: null);

    /// <summary>
    /// Deletes and rewrites the projections of the hazards <paramref name="keep"/> admits (all when null),
    /// with the finds and accidents of reports about them. A field kit holds a release that spans into a
    /// hazard of the next region, but not that hazard's other reports: replaying it there would make a
    /// hazard with only part of its history, so it is left out.
    /// </summary>
    public static int Rebuild(ISafegroundStore store, ProgrammeRules rules, Func<string, bool>? keep)
    {
        ArgumentNullException.ThrowIfNull(store);
        var hazards = Hazards(store, rules).Where(h => keep is null || keep(h.HazardId)).ToList();
        var regions = hazards.ToDictionary(h => h.HazardId, h => h.Region, StringComparer.Ordinal);
        var reports = store.Reports(ReportStatus.Approved).Select(r => r.Report).ToList();
        using var tx = store.BeginWrite(WriteMode.Bulk);
        tx.ClearProjections();
        foreach (var h in hazards) tx.PutHazard(h);
        foreach (var r in reports)
        {
            // A report about no hazard (a risk-education session, an EOD call-out) is the store's own: kept.
            if (keep is not null && r.HazardId is { } own && !keep(own)) continue;
            var region = r.HazardId is { } id ? regions.GetValueOrDefault(id) : null;
            tx.AddFinds(ProjectionRows.Finds(r, region));
            if (ProjectionRows.Accident(r, region) is { } a) tx.PutAccident(a);
            if (RiskEducation.RiskEducationRecord.Of(r, region) is { } s) tx.PutRiskEducation(s);
            if (Casualties.IncidentRecord.Of(r) is { } i) tx.PutIncident(i);
        }
        tx.Commit();
        return hazards.Count;
    }
}
