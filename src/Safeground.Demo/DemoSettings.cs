namespace Safeground.Demo;

/// <summary>
/// What differs between the scales: the window of days, how detailed the polygons are and how
/// clearance is reported. National-scale polygons are simpler so a replay stays around a millisecond.
/// </summary>
internal sealed record DemoSettings(
    int Days,
    double MinHectares,
    double MaxHectares,
    int MinVertices,
    int MaxVertices,
    double HoleChance,
    double MultiChance,
    double StickOutChance,
    int DaysPerReport,
    int MaxStrips,
    double DensityFactor,
    bool ConvexFields)
{
    /// <summary>One 120-day rotation: detailed polygons, a progress report about every week of work.</summary>
    public static DemoSettings Operation { get; } = new(120, 0.5, 40, 5, 20, 0.08, 0.03, 0.15, 6, 40, 1.0, false);

    /// <summary>
    /// Three years before the rotation plus the rotation itself; convex fields, coarser reporting. Teams clear only what
    /// their calendars allow, so fewer hazards are cleared than drawn; denser ground (still below 0.1 items per m²)
    /// keeps the national stream above a million finds.
    /// </summary>
    public static DemoSettings National { get; } = new(NationalYearsBefore * 365 + 120, 0.5, 20, 5, 10, 0.02, 0.01, 0.05, 15, 4, 3.5, true);

    public const int NationalYearsBefore = 3;
}
