using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;

namespace Safeground.Core.Status;

/// <summary>
/// The land-release figures of one group (a region, an organisation, a team, a deployment, a month, or everything).
/// For a month, hazards and original area count what was recorded that month, released areas what
/// was released that month, and <see cref="RemainingM2"/> is what those hazards had at the end of the filter's period (today without one).
/// </summary>
public sealed class StatusLine(string key)
{
    public string Key { get; } = key;

    /// <summary>
    /// In a roll-up split by type (<see cref="StatusReport.Compute(Storage.ISafegroundStore, StatusGrouping, StatusFilter, Rules.ProgrammeRules, bool)"/>),
    /// the contamination type of this line's hazards (its stored code, "not-stated" when no survey stated one, "(none)"
    /// for finds and accidents outside any hazard); null otherwise.
    /// </summary>
    public string? ContaminationType { get; init; }
    public SortedDictionary<HazardClass, int> HazardsByClass { get; } = new();
    public SortedDictionary<HazardStatus, int> HazardsByStatus { get; } = new();
    public SortedDictionary<(HazardClass Class, HazardStatus Status), int> HazardsByClassAndStatus { get; } = new();
    public int Hazards { get; set; }
    public double OriginalM2 { get; set; }
    public double CancelledM2 { get; set; }
    public double ReducedM2 { get; set; }
    public double ClearedM2 { get; set; }

    /// <summary>
    /// Released land returned to hazardous (reopenings) in the group: a figure of its own, so cancelled + reduced +
    /// cleared − reopened + remaining = original, and the releases keep what was reported.
    /// </summary>
    public double ReopenedM2 { get; set; }
    /// <summary>Sum of the hazard records' remaining areas: land under two overlapping hazards counts twice.</summary>
    public double RemainingM2 { get; set; }

    /// <summary><see cref="RemainingM2"/> by the class of the hazard it remains in (the treaty forms report suspected and confirmed area apart); the parts add up to it.</summary>
    public SortedDictionary<HazardClass, double> RemainingM2ByClass { get; } = new();

    /// <summary>Land under more than one remaining hazard, counted once per extra hazard: records − land.</summary>
    public double CountedTwiceM2 { get; set; }

    /// <summary>Hazardous land: the union of the remaining hazard polygons (ellipsoidal m²).</summary>
    public double RemainingLandM2 => RemainingM2 - CountedTwiceM2;
    public SortedDictionary<EoCategory, long> FindsByCategory { get; } = new();
    public long Finds { get; set; }
    public int Accidents { get; set; }
    public int Killed { get; set; }
    public int Injured { get; set; }

    /// <summary>Civilian casualty incidents (not demining accidents: those are <see cref="Accidents"/>).</summary>
    public Casualties.CivilianFigures Civilians { get; } = new();
    /// <summary>Risk-education sessions held (dated in the period, in the region, by the organisation) and whom they reached.</summary>
    public RiskEducation.RiskEducationFigures RiskEducation { get; } = new();

    /// <summary>Clearance productivity by the asset of the team that reported it.</summary>
    public SortedDictionary<AssetKind, Productivity> Productivity { get; } = new();

    /// <summary>Land released and still released: reopened land is hazardous again.</summary>
    public double ReleasedM2 => CancelledM2 + ReducedM2 + ClearedM2 - ReopenedM2;
}
