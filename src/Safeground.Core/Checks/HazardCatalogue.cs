using Safeground.Core.Hazards;
using Safeground.Core.Projections;

namespace Safeground.Core.Checks;

/// <summary>
/// Every hazard's facts by id, and the land each report actually cleared (its release events, summed
/// over the hazards it spans): filled while the hazards stream past, read by the report rules after.
/// </summary>
internal sealed class HazardCatalogue
{
    private readonly Dictionary<string, HazardFacts> _hazards = new(StringComparer.Ordinal);
    private readonly List<HazardFacts> _inOrder = [];
    private readonly Dictionary<string, double> _clearedByReport = new(StringComparer.Ordinal);
    private readonly HashSet<(string ReportId, string HazardId)> _refusedOnClosed = [];

    public IReadOnlyList<HazardFacts> All => _inOrder;

    public void Add(HazardState h)
    {
        var facts = HazardFacts.Of(h);
        _hazards[h.HazardId] = facts;
        _inOrder.Add(facts);
        foreach (var r in h.Releases)
        {
            if (r.Method != ReleaseMethod.Cleared) continue;
            _clearedByReport[r.ReportId] = _clearedByReport.GetValueOrDefault(r.ReportId) + r.AreaM2;
        }
        foreach (var f in h.RuleFlags)
            if (f.RuleId == Rules.RuleIds.ReleaseOnClosedHazard) _refusedOnClosed.Add((f.ReportId, h.HazardId));
    }

    public HazardFacts? Find(string? hazardId) => hazardId is not null && _hazards.TryGetValue(hazardId, out var f) ? f : null;

    /// <summary>The m² a report's clearance actually released (only the still-hazardous part of what it claimed); 0 if none.</summary>
    public double ClearedBy(string reportId) => _clearedByReport.GetValueOrDefault(reportId);

    /// <summary>Whether the replay already refused the report's release because the hazard was closed (rule release-on-closed-hazard).</summary>
    public bool RefusedOnClosed(string reportId, string hazardId) => _refusedOnClosed.Contains((reportId, hazardId));
}
