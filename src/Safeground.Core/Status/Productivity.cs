namespace Safeground.Core.Status;

/// <summary>
/// Clearance productivity of one asset kind in one group: the m² that clearance progress reports
/// actually released (their release events, after overlaps were taken out) against the effort they
/// declared: deminer-days for manual and dog teams, machine-hours for machines.
/// </summary>
public sealed class Productivity
{
    /// <summary>m² released by progress reports that declared effort.</summary>
    public double ClearedM2 { get; set; }

    /// <summary>Deminer-days (manual, dogs) or machine-hours (mechanical).</summary>
    public double Effort { get; set; }

    /// <summary>m² per deminer-day or per machine-hour; null without effort.</summary>
    public double? Rate => Effort > 0 ? ClearedM2 / Effort : null;
}
