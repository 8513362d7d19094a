using Safeground.Core.Lifecycle;

namespace Safeground.Contracts;

/// <summary>One hazard a report concerns: without the report (absent: the report creates it) and with it, what it releases, the rules it breaks.</summary>
public sealed record HazardImpactView(string Id, HazardStateView? Before, HazardStateView? After, IReadOnlyList<ReleaseView> Releases, IReadOnlyList<Core.Projections.RuleFlag> Flags)
{
    public static HazardImpactView From(HazardChange c, string reportId)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new HazardImpactView(c.HazardId, HazardStateView.From(c.Before), HazardStateView.From(c.After),
            c.ReleasesBy(reportId).Select(r => ReleaseView.From(r, withReport: false)).ToList(),
            c.After?.RuleFlags.Where(f => f.ReportId == reportId).ToList() ?? []);
    }
}
