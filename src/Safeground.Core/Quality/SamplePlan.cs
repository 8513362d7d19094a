namespace Safeground.Core.Quality;

/// <summary>
/// The quality control sample of a lot of released land, as IMAS 07.12 takes it from ISO 2859-1: general inspection
/// level II, single sampling, acceptance number 0 (one item of EO in the sample fails the lot). The item is one m² of
/// released land, so the lot size is the lot's area in whole m² and the sample size is m² to search again.
/// </summary>
/// <param name="LotM2">The lot's size in m² (rounded up to whole m²: a part of a square metre is still searched).</param>
/// <param name="CodeLetter">ISO 2859-1 Table 1's sample size code letter for the lot size at level II.</param>
/// <param name="SampleM2">ISO 2859-1 Table 2-A's sample size for that letter, capped at the lot (a small lot is searched whole).</param>
/// <param name="AcceptanceNumber">Finds allowed in the sample: always 0 for released land.</param>
public sealed record SamplePlan(long LotM2, char CodeLetter, long SampleM2, int AcceptanceNumber)
{
    // ISO 2859-1:1999 Table 1, general inspection level II: the largest lot size of each code letter.
    // 2–8 A, 9–15 B, 16–25 C, 26–50 D, 51–90 E, 91–150 F, 151–280 G, 281–500 H, 501–1,200 J, 1,201–3,200 K,
    // 3,201–10,000 L, 10,001–35,000 M, 35,001–150,000 N, 150,001–500,000 P, 500,001 and over Q.
    // Table 2-A, normal inspection: the sample size of each letter (A 2, B 3, C 5, D 8, E 13, F 20, G 32, H 50,
    // J 80, K 125, L 200, M 315, N 500, P 800, Q 1,250).
    private static readonly (long UpTo, char Letter, long Sample)[] Table =
    [
        (8, 'A', 2), (15, 'B', 3), (25, 'C', 5), (50, 'D', 8), (90, 'E', 13), (150, 'F', 20), (280, 'G', 32),
        (500, 'H', 50), (1_200, 'J', 80), (3_200, 'K', 125), (10_000, 'L', 200), (35_000, 'M', 315),
        (150_000, 'N', 500), (500_000, 'P', 800), (long.MaxValue, 'Q', 1_250),
    ];

    /// <summary>The plan for a lot of <paramref name="lotM2"/> m² of released land.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A lot that is not a positive finite area.</exception>
    public static SamplePlan For(double lotM2)
    {
        if (!double.IsFinite(lotM2) || lotM2 <= 0) throw new ArgumentOutOfRangeException(nameof(lotM2), lotM2, "a lot is a positive area");
        long lot = (long)Math.Ceiling(Math.Min(lotM2, 1e15));
        foreach (var (upTo, letter, sample) in Table)
            if (lot <= upTo) return new SamplePlan(lot, letter, Math.Min(sample, lot), 0);
        throw new InvalidOperationException("unreachable: the last row takes every lot");
    }
}
