namespace Safeground.Core.Plausibility;

/// <summary>
/// Published figures a claim is compared with (DOMAIN.md, with their sources). They are facts about
/// the world, not a programme's thresholds, so they live here rather than in the rules file.
/// </summary>
public static class ReferenceFigures
{
    /// <summary>AP mines per m² cleared worldwide in 2023: 160,566 mines in 281.5 km² (Landmine Monitor 2024).</summary>
    public const double WorldApMinesPerM2 = 0.00057;

    /// <summary>Sri Lanka 2017, a dense programme (Landmine Monitor 2018).</summary>
    public const double SriLankaPerM2 = 0.0096;

    /// <summary>Ukraine's State Emergency Service: 790,000 items over 2,500 km².</summary>
    public const double UkraineSesPerM2 = 0.0003;

    /// <summary>The densest fields reported: about one AT mine per m² (HALO Trust); "2–5 per m²" from officials is unverified.</summary>
    public const double DensestPerM2 = 1.0;
}
