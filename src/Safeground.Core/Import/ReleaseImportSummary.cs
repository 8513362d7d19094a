using Safeground.Core.Hazards;

namespace Safeground.Core.Import;

/// <summary>
/// What a historical land-release import did, feature by feature: every feature read has exactly one outcome, so
/// <see cref="Read"/> is the sum of the outcome counts.
/// </summary>
public sealed class ReleaseImportSummary
{
    public required string Source { get; init; }

    /// <summary>Nothing was kept: the reports were written, checked and rolled back.</summary>
    public bool DryRun { get; init; }

    public List<ReleaseFeature> Features { get; } = [];

    public long Read => Features.Count;

    public long Count(ReleaseOutcome outcome) => Features.LongCount(f => f.Outcome == outcome);

    /// <summary>Reports written (held-back ones included; none on a dry run kept).</summary>
    public long Reports { get; set; }

    /// <summary>Reports stored but not approved (a split feature may have some parts held back and others applied).</summary>
    public long HeldBackReports { get; set; }

    /// <summary>Hazards replayed with new reports.</summary>
    public long Hazards { get; set; }

    /// <summary>Released by the import, by method (m²): what the hazards' ledgers took, over the applied parts.</summary>
    public double Released(ReleaseMethod method) =>
        Features.Where(f => f.Method == method).SelectMany(f => f.Parts).Where(p => p.Outcome == ReleaseOutcome.Applied).Sum(p => p.ReleasedM2);

    /// <summary>The area of the features that touched no hazard, or stuck out of those they touched.</summary>
    public double OutsideM2 => Features.Where(f => f.Outcome != ReleaseOutcome.Refused).Sum(f => f.OutsideM2);
}
