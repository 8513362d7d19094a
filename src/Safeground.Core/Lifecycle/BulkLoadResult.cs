namespace Safeground.Core.Lifecycle;

/// <summary>Running counts of a bulk load, reported as progress and at the end.</summary>
public sealed class BulkLoadResult
{
    public long Hazards { get; set; }

    /// <summary>Reports stored, held back ones included.</summary>
    public long Reports { get; set; }

    public long Finds { get; set; }
    public long Accidents { get; set; }

    /// <summary>Reports stored but not approved because they would raise an error flag (<see cref="HeldBackReports"/>).</summary>
    public long HeldBack { get; set; }

    /// <summary>The held-back reports and why, in the order they were stored.</summary>
    public List<HeldBackReport> HeldBackReports { get; } = [];
}
