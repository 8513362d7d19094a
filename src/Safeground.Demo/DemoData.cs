using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Demo;

/// <summary>
/// Generated demo data. The report sequences are lazy and reproducible: enumerating them twice gives
/// identical reports, and enumerating the national scale holds one hazard's reports at a time.
/// </summary>
/// <param name="HazardReports">One list per hazard with all its reports (to be loaded as approved), in replay order.</param>
/// <param name="OtherReports">EOD spot tasks and accidents outside any hazard.</param>
public sealed record DemoData(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Deployment> Deployments,
    IEnumerable<IReadOnlyList<Report>> HazardReports,
    IEnumerable<Report> OtherReports)
{
    private readonly Lazy<IReadOnlyList<Region>>? _regions;

    /// <summary>The districts the hazards are named after, as boundary polygons (built on first use).</summary>
    public IReadOnlyList<Region> Regions => _regions?.Value ?? [];

    internal Func<IReadOnlyList<Region>> RegionSource { init => _regions = new Lazy<IReadOnlyList<Region>>(value); }
}
