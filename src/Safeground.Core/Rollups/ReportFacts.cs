using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Status;

namespace Safeground.Core.Rollups;

/// <summary>
/// What a roll-up keeps of one approved report while it streams the hazards: whose it is and, for a
/// clearance progress report, the effort it declared and the m² its release events took, by group.
/// </summary>
internal sealed class ReportFacts(ReportSummary summary, AssetKind asset, double effort)
{
    public ReportSummary Summary { get; } = summary;

    /// <summary>The asset of the reporting team (which effort unit applies).</summary>
    public AssetKind Asset { get; } = asset;

    /// <summary>Deminer-days or machine-hours declared; 0 when none (or not a progress report).</summary>
    public double Effort { get; } = effort;

    public bool IsProductive => Effort > 0;

    /// <summary>m² released by this report, over every hazard it reached.</summary>
    public double ReleasedM2 { get; set; }

    /// <summary>Where those m² went: the group lines and their parts.</summary>
    public List<(StatusLine Line, double M2)> Pieces { get; } = [];

    /// <summary>
    /// The effort that counts: machine-hours for machines, deminer-days for manual and dog teams. A report
    /// of a team the store does not know counts as mechanical when it gives only machine-hours.
    /// </summary>
    public static (AssetKind Asset, double Effort) EffortOf(ReportSummary summary, Team? team)
    {
        var asset = team?.Asset ?? (summary.MachineHours is > 0 && summary.DeminerDays is not > 0 ? AssetKind.Mechanical : AssetKind.Manual);
        double effort = asset == AssetKind.Mechanical ? summary.MachineHours ?? 0 : summary.DeminerDays ?? 0;
        return (asset, summary.Kind == ReportKind.ClearanceProgress ? Math.Max(0, effort) : 0);
    }
}
